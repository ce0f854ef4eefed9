<#-- The brand's look on the site (site.yaml brand:): written to assets/brand.css and linked after site.css, only when
     site.yaml has a brand. It sets site.css's custom properties, so every rule of site.css follows the brand. The
     model is `brand` (see docs/theme.md); a field the brand does not give is null and keeps site.css's default. -->
/* The brand of site.yaml, written by baocao from the theme's brand-site.css.ftl. */
<#list brand.fontFaces() as f>
@font-face { font-family: "${f.family()}"; src: url("fonts/${f.file()}") format("truetype"); font-weight: ${f.weight()}; font-style: ${f.style()}; font-display: swap; }
</#list>
:root {
<#if brand.primary()??>
  --navy: ${brand.primary()};
  --navy-dark: ${brand.primaryDark()};
</#if>
<#if brand.accent()??>
  --gold: ${brand.accent()};
  --gold-text: ${brand.accentText()};
</#if>
<#if brand.headingsFamily()??>
  --sans: "${brand.headingsFamily()}", "Liberation Sans", Arial, Helvetica, sans-serif;
</#if>
<#if brand.bodyFamily()??>
  --serif: "${brand.bodyFamily()}", "Liberation Serif", "Times New Roman", Times, serif;
</#if>
}
<#if brand.primary()??>
/* site.css tints the text on its navy; on the brand's colour only white is sure to read (the contrast check warns
   when it does not). */
.report-hero .lead, .report-hero .muted { color: #ffffff; }
</#if>
<#if brand.accent()??>
/* The accent as text on the primary colour when it reads there, else white; text on accent buttons reads on them. */
.cover-year, .report-hero .eyebrow { color: ${brand.accentOnPrimary()}; }
.search-form button, .search-form button:hover, .report-hero .button, .report-hero .button:hover { color: ${brand.onAccent()}; }
.search-form button:hover, .report-hero .button:hover { background: var(--gold); filter: brightness(1.1); }
</#if>
<#if brand.logo()??>
/* The logo on a white tile, so that a logo drawn for white paper also shows on the header's colour. */
.brand-logo { flex: none; display: block; height: 2.5rem; width: auto; max-width: 10rem; padding: 0.2rem; background: #fff; border-radius: 0.2rem; }
</#if>
