package org.baocao.render.model;

import java.util.List;
import java.util.Map;
import org.baocao.i18n.Language;

/**
 * What every web page template sees, besides its own page model (layout.ftlh uses these).
 *
 * @param lang              the page's language code, "vi"
 * @param languages         the language switch, the page's own language included
 * @param t                 the theme's interface strings in the page's language: {@code ${t.contents}}
 * @param root              the relative path from the page to the output folder ("../../"), or base_url on 404.html
 * @param home              the link to the language's archive
 * @param searchHref        the link to the language's search page
 * @param searchReport      on a report's pages, the report's id: the header's search sends it, and the search page
 *                          looks through that report first; null elsewhere
 * @param canonical         the page's absolute address with base_url, else null
 * @param baseUrl           site.yaml's base_url, or null
 * @param noindex           true for pages search engines should not list (search, 404)
 * @param brand             site.yaml's brand (see {@link BrandModel})
 * @param brandStyles       the link to assets/brand.css, or null without a brand
 * @param contacts          the organisation's contacts in the page's language
 * @param ogImage           the link preview image: the report's cover on its pages, else the logo; or null
 */
public record WebFrame(String lang, Language language, List<LanguageLink> languages, Map<String, String> t, String title,
                       String description, String root, String home, String searchHref, String searchReport, String organization,
                       String organizationShort, String canonical, String baseUrl, boolean noindex,
                       BrandModel brand, String brandStyles, ContactsModel contacts, String ogImage) {}
