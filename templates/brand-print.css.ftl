<#-- The brand's look in the print edition (site.yaml brand:), included by print.ftlh after print.css when site.yaml has
     a brand. openhtmltopdf has no custom properties, so this repeats the selectors of print.css that carry the
     theme's blue (primary), gold (accent) and fonts. The model is `brand` (see docs/theme.md); a field the brand does
     not give is null and keeps print.css's default. The fonts are embedded by baocao under these family names. -->
<#if brand.bodyFamily()??>
html { font-family: '${brand.bodyFamily()}'; }
</#if>
<#if brand.headingsFamily()??>
h1, h2, h3, h4, .running-title, .running-section, caption, figcaption, th, td, .cover, .print-toc, .colophon, .footnote {
  font-family: '${brand.headingsFamily()}';
}
</#if>
<#if brand.primary()??>
h1, h2, h3, h4, a, a.xref, .toc-number, .key-figure-table td.num, .figure-number, thead th,
.footnote::footnote-call, .footnote::footnote-marker { color: ${brand.primary()}; }
.cover-band { background-color: ${brand.primary()}; }
.cover-subtitle { color: #ffffff; }
thead th, .key-figure-table thead th { border-bottom-color: ${brand.primary()}; }
</#if>
<#if brand.accent()??>
.cover-organization { color: ${brand.accentOnPrimary()}; border-top-color: ${brand.accent()}; }
.cover-dates { border-left-color: ${brand.accent()}; }
.chapter-title { border-bottom-color: ${brand.accent()}; }
.chapter-number { color: ${brand.accentText()}; }
</#if>
<#if brand.logo()??>
.cover-logo { margin: 0 0 8mm; }
.cover-logo img { height: 22mm; width: auto; background-color: #ffffff; padding: 2mm; }
</#if>
