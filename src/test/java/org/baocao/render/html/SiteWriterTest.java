package org.baocao.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The website as files: pages, links, key-figure changes, search index, hosting and weight. */
class SiteWriterTest {
    @TempDir
    static Path temp;
    static Path site;
    static Path hosted;

    @BeforeAll
    static void build() throws IOException {
        site = SiteFixture.build(SiteFixture.writeProject(temp.resolve("relative"), null), temp.resolve("relative/output"), true);
        hosted = SiteFixture.build(SiteFixture.writeProject(temp.resolve("hosted"), "https://lotus.example/bao-cao/"),
                temp.resolve("hosted/output"), false);
    }

    private static Document page(Path root, String path) throws IOException {
        return Jsoup.parse(root.resolve(path).toFile(), "UTF-8");
    }

    @Test
    void archiveListsEveryReportNewestFirstWithSummaryAndPdfSize() throws IOException {
        Document archive = page(site, "en/index.html");
        List<Element> cards = archive.select(".report-card");
        assertEquals(2, cards.size());
        assertEquals("Annual Report 2024", cards.get(0).selectFirst("h2").text());
        assertEquals("Annual Report 2023", cards.get(1).selectFirst("h2").text());
        assertEquals("The cooperative kept renewing its work and grew its lotus area.", cards.get(0).selectFirst(".report-summary").text());
        assertEquals("2023", cards.get(1).selectFirst(".cover-year").text());
        Element pdf = cards.get(0).selectFirst("a[download]");
        assertEquals("../en/2024/annual-report-2024.pdf", pdf.attr("href"));
        assertTrue(pdf.text().matches(".*\\(PDF, \\d+ KB\\)"), pdf.text());
        assertEquals("vi/2024/index.html", page(site, "index.html").selectFirst(".report-card a.report-link").attr("href"));
    }

    @Test
    void keyFigureShowsItsChangeFromThePreviousReportThatHasIt() throws IOException {
        List<Element> figures = page(site, "en/2024/index.html").select(".key-figure");
        assertEquals("1,250", figures.get(0).selectFirst(".key-value").text());
        assertEquals("▲ +70 (+5.9%) compared with 2023", figures.get(0).selectFirst(".key-change").text());
        assertNull(figures.get(1).selectFirst(".key-change"), "the ponds were not counted in 2023");
        Element vietnamese = page(site, "vi/2024/index.html").selectFirst(".key-change");
        assertEquals("▲ +70 (+5,9%) so với 2023", vietnamese.text());
        assertTrue(page(site, "en/2023/index.html").select(".key-change").isEmpty(), "nothing older to compare with");
    }

    @Test
    void languageSwitchGoesToTheSamePageOrToTheReportWithANotice() throws IOException {
        Document overview = page(site, "vi/2024/tong-quan-nam-2024/index.html");
        assertEquals("../../../en/2024/overview-of-2024/index.html", overview.selectFirst(".language-switch a[lang=en]").attr("href"));
        Document planOnlyInVietnamese = page(site, "vi/2024/ke-hoach-nam-2025/index.html");
        assertEquals("../../../en/2024/index.html#not-translated",
                planOnlyInVietnamese.selectFirst(".language-switch a[lang=en]").attr("href"));
        Document english = page(site, "en/2024/index.html");
        assertEquals("This section has not been translated into English yet.", english.getElementById("not-translated").text());
        Element untranslated = english.select(".contents-list li").get(1);
        assertEquals("vi", untranslated.selectFirst("a").attr("lang"));
        assertEquals("Read in Tiếng Việt", untranslated.selectFirst(".badge").text());
    }

    @Test
    void everyLinkIsRelativeAndWholeAndNothingIsLoadedFromElsewhere() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path html : htmlPages(site)) {
            Document doc = Jsoup.parse(html.toFile(), "UTF-8");
            for (Element element : doc.select("[href], [src], form[action]")) {
                String target = element.hasAttr("href") ? element.attr("href") : element.hasAttr("src") ? element.attr("src") : element.attr("action");
                if (target.startsWith("#")) continue;
                if (URI.create(target.replace(" ", "%20")).isAbsolute() || target.startsWith("/")) {
                    problems.add(site.relativize(html) + ": not relative: " + target);
                    continue;
                }
                Path file = html.getParent().resolve(target.replaceFirst("[?#].*$", "")).normalize();
                if (!Files.isRegularFile(file)) problems.add(site.relativize(html) + ": broken: " + target);
            }
            assertTrue(doc.select("link[rel=canonical], meta[property=og:url]").isEmpty(), "no base_url, no absolute URL");
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void withBaseUrlSitemapCanonicalAndOpenGraphAreAbsolute() throws IOException {
        Document report = page(hosted, "en/2024/index.html");
        assertEquals("https://lotus.example/bao-cao/en/2024/", report.selectFirst("link[rel=canonical]").attr("href"));
        assertEquals("https://lotus.example/bao-cao/en/2024/", report.selectFirst("meta[property=og:url]").attr("content"));
        assertEquals("https://lotus.example/bao-cao/vi/2024/", report.selectFirst("link[rel=alternate][hreflang=vi-VN]").attr("href"));
        assertEquals("../../assets/site.css", report.selectFirst("link[rel=stylesheet]").attr("href"), "assets stay relative");
        assertNotNull(report.selectFirst("meta[name=description]"));
        assertEquals("Annual Report 2024", report.selectFirst("meta[property=og:title]").attr("content"));
        String sitemap = Files.readString(hosted.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://lotus.example/bao-cao/en/2024/overview-of-2024/</loc>"
                + "<xhtml:link rel=\"alternate\" hreflang=\"vi-VN\" href=\"https://lotus.example/bao-cao/vi/2024/tong-quan-nam-2024/\"/>"), sitemap);
        assertFalse(sitemap.contains("search/"), "the search page is not for search engines");
        assertTrue(Files.readString(hosted.resolve("robots.txt")).contains("Sitemap: https://lotus.example/bao-cao/sitemap.xml"));
        Document notFound = page(hosted, "404.html");
        assertEquals("https://lotus.example/bao-cao/assets/site.css", notFound.selectFirst("link[rel=stylesheet]").attr("href"),
                "a server shows 404.html at any address");
    }

    @Test
    void searchIndexHoldsEveryPageOfEveryReportOneFilePerLanguage() throws IOException {
        String vi = Files.readString(site.resolve("search-index.vi.js"));
        String en = Files.readString(site.resolve("search-index.en.js"));
        assertTrue(vi.startsWith("(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[\"vi\"]={\"name\":\"Tiếng Việt\",\"pages\":["), vi);
        assertTrue(en.startsWith("(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[\"en\"]={\"name\":\"English\",\"pages\":["), en);
        for (String path : List.of("vi/2023/tong-quan-nam-2023/index.html", "vi/2024/ke-hoach-nam-2025/index.html")) {
            assertTrue(vi.contains("\"u\":\"" + path + "\""), path);
            assertFalse(en.contains("\"u\":\"" + path + "\""), path);
        }
        for (String path : List.of("en/2023/overview-of-2023/index.html", "en/2024/index.html")) {
            assertTrue(en.contains("\"u\":\"" + path + "\""), path);
            assertFalse(vi.contains("\"u\":\"" + path + "\""), path);
        }
        assertTrue(vi.contains("Đổi mới là trọng tâm của năm"));
        assertFalse(Files.exists(site.resolve("search-index.js")), "no index of every language");
        Document search = page(site, "vi/search/index.html");
        assertEquals("search", search.selectFirst("#search-query").attr("type"));
        assertEquals("../../search-index.vi.js", search.select("script[src]").last().attr("src"));
        assertEquals("../../search-index.en.js", search.selectFirst("#search-status").attr("data-other-indexes"));
        assertEquals("noindex", search.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("search", page(site, "en/2024/index.html").selectFirst(".site-header input[name=q]").attr("type"));
    }

    @Test
    void scriptsAndASectionPageStayLight() throws IOException {
        long scripts;
        try (Stream<Path> files = Files.walk(site.resolve("assets"))) {
            scripts = files.filter(p -> p.toString().endsWith(".js")).mapToLong(SiteWriterTest::size).sum();
        }
        assertTrue(scripts < 30 * 1024, "all JavaScript together: " + scripts + " bytes");
        Path section = site.resolve("en/2024/overview-of-2024/index.html");
        long page = size(section) + size(site.resolve("assets/site.css")) + scripts;
        assertTrue(page < 100 * 1024, "a section page with its style and scripts, fonts aside: " + page + " bytes");
    }

    static List<Path> htmlPages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
