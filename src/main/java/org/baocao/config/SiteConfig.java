package org.baocao.config;

import java.util.Optional;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedText;

/**
 * content/site.yaml. {@code baseUrl} ends with '/' when present; without it every link is relative.
 * {@code unsafeHtml} lets the narratives' raw HTML through as written, scripts included (sanitised by default).
 */
public record SiteConfig(LocalizedText organizationName, LocalizedText organizationShortName,
                         Languages languages, Optional<String> baseUrl, String currency, PrintOptions print,
                         boolean unsafeHtml) {}
