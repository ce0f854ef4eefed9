<#-- The brand's look in the print edition (site.yaml brand:), included by print.ftlh after print.css when site.yaml has
     a brand. openhtmltopdf has no custom properties, so this repeats the selectors of print.css that carry the
     theme's blue (primary), gold (accent) and fonts. The model is `brand` (see docs/theme.md); a field the brand does
     not give is null and keeps print.css's default. The fonts are embedded by baocao under these family names. -->
<#if brand.bodyFamily()??>
html { font-family: '${brand.bodyFamily()}'; }
</#if>
<#if brand.headingsFamily()??>
h1, h2, h3, h4, .running-title, .running-section, caption, figcaption, th, td, .cover, .back-cover, .print-toc, .colophon, .footnote,
.print-key-figures, .chapter-opener-half, .chapter-opener-page, .pull, .callout {
  font-family: '${brand.headingsFamily()}';
}
</#if>
<#if brand.primary()??>
h1, h2, h3, h4, a, a.xref, .figure-number, thead th, strong, .key-figure-value, blockquote.pull p,
.print-toc ol a::after, .footnote::footnote-call, .footnote::footnote-marker { color: ${brand.primary()}; }
.cover-sheet, .back-cover-sheet, .cover-panel { background-color: ${brand.primary()}; }
.cover-subtitle { color: #ffffff; }
thead th { border-bottom-color: ${brand.primary()}; }
.chapter-opener-title { border-top-color: ${brand.primary()}; }
blockquote.callout { border-left-color: ${brand.primary()}; }
</#if>
<#if brand.accent()??>
.cover-organization, .colophon h2 { color: ${brand.accentOnPrimary()}; }
.cover-panel, .key-figure, blockquote.pull { border-top-color: ${brand.accent()}; }
.colophon { border-top-color: ${brand.accent()}; }
.chapter-heading { border-bottom-color: ${brand.accent()}; }
.chapter-opener-number { color: ${brand.accent()}; }
.chapter-number, .toc-number, .key-figures-kicker { color: ${brand.accentText()}; }
</#if>
<#if brand.logo()??>
.cover-logo, .back-cover-logo { margin: 0 0 6mm; }
.cover-logo img, .back-cover-logo img { height: 18mm; width: auto; background-color: #ffffff; padding: 2mm; }
</#if>
