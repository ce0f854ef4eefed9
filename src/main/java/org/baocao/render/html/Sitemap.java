package org.baocao.render.html;

import java.util.List;
import org.baocao.content.Project;
import org.jsoup.nodes.Entities;

/** sitemap.xml: absolute addresses need base_url; without it the pages are listed relative to the sitemap. */
final class Sitemap {
    private Sitemap() {}

    static String xml(Project project, List<String> pages) {
        String base = project.site().baseUrl().orElse("");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (String page : pages) {
            if (page.isEmpty()) continue;
            xml.append("  <url><loc>").append(Entities.escape(base + page)).append("</loc>");
            String rest = page.substring(page.indexOf('/') + 1);
            for (var language : project.site().languages().all()) {
                String alternate = language.code() + "/" + rest;
                if (pages.contains(alternate)) {
                    xml.append("<xhtml:link rel=\"alternate\" hreflang=\"").append(language.locale().toLanguageTag())
                            .append("\" href=\"").append(Entities.escape(base + alternate)).append("\"/>");
                }
            }
            xml.append("</url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }
}
