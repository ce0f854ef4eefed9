package org.baocao.config;

import java.util.Optional;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedText;

/**
 * content/site.yaml. {@code baseUrl} ends with '/' when present; without it every link is relative.
 *
 * @param contacts   the organisation's address, phone, e-mail and website, each optional
 * @param brand      logo, colours and fonts; {@link Brand#NONE} keeps the theme's default look
 * @param unsafeHtml lets the narratives' raw HTML through as written, scripts included (sanitised by default)
 */
public record SiteConfig(LocalizedText organizationName, LocalizedText organizationShortName, Contacts contacts,
                         Languages languages, Optional<String> baseUrl, String currency, PrintOptions print, Brand brand,
                         boolean unsafeHtml) {}
