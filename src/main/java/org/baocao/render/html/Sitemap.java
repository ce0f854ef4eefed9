package org.baocao.render.html;

import java.util.List;
import org.baocao.render.model.LanguageLink;
import org.jsoup.nodes.Entities;

/**
 * sitemap.xml with each page's translations as hreflang alternates (their slugs differ by language). Absolute
 * addresses need base_url; without it the pages are listed relative to the sitemap.
 */
final class Sitemap {
    private Sitemap() {}

    /** A listed page and the pages that exist in every language, itself included. */
    record Page(String path, List<LanguageLink> languages) {}

    static String xml(String baseUrl, List<Page> pages) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (Page page : pages) {
            if (page.path().isEmpty()) continue;
            xml.append("  <url><loc>").append(Entities.escape(baseUrl + page.path())).append("</loc>");
            for (LanguageLink language : page.languages()) {
                if (!language.exists()) continue;
                xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(language.locale())
                        .append("\" href=\"").append(Entities.escape(baseUrl + language.path())).append("\"/>");
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
