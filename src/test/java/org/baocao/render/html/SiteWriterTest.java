package org.baocao.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baocao.build.Loaded;
import org.baocao.build.Pipeline;
import org.baocao.render.OutputFolder;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
    void searchIndexIsAPartPerReportAndLanguageNamedByAManifestPerLanguage() throws IOException {
        assertEquals("""
                (window.baocaoSearchIndex=window.baocaoSearchIndex||{})["vi"]={"name":"Tiếng Việt","reports":[
                {"id":"2024","t":"Báo cáo thường niên 2024","u":"vi/2024/search-index.js"},
                {"id":"2023","t":"Báo cáo thường niên 2023","u":"vi/2023/search-index.js"}
                ]};
                """, Files.readString(site.resolve("search-index.vi.js")));
        assertTrue(Files.readString(site.resolve("search-index.en.js")).startsWith(
                "(window.baocaoSearchIndex=window.baocaoSearchIndex||{})[\"en\"]={\"name\":\"English\",\"reports\":[\n"
                        + "{\"id\":\"2024\",\"t\":\"Annual Report 2024\",\"u\":\"en/2024/search-index.js\"},"));
        for (String report : List.of("vi/2023/", "vi/2024/", "en/2023/", "en/2024/")) {
            String part = Files.readString(site.resolve(report + "search-index.js"));
            assertTrue(part.startsWith("(window.baocaoSearchParts=window.baocaoSearchParts||{})[\"" + report + "search-index.js\"]=[\n{\"u\":\""
                    + report + "index.html\""), part);
            List<String> listed = new ArrayList<>();
            Matcher page = Pattern.compile("\\{\"u\":\"([^\"]+)\"").matcher(part);
            while (page.find()) listed.add(page.group(1));
            List<String> pages;
            try (Stream<Path> files = Files.walk(site.resolve(report))) {
                pages = files.filter(p -> p.getFileName().toString().equals("index.html")).map(p -> site.relativize(p).toString()).sorted().toList();
            }
            assertEquals(pages, listed.stream().sorted().toList(), "every page of the report, and only those: " + report);
        }
        assertTrue(Files.readString(site.resolve("vi/2024/search-index.js")).contains("Đổi mới là trọng tâm của năm"));
        assertFalse(Files.exists(site.resolve("search-index.js")), "no index of every language");
        Document search = page(site, "vi/search/index.html");
        assertEquals("search", search.selectFirst("#search-query").attr("type"));
        assertEquals("../../search-index.vi.js", search.select("script[src]").last().attr("src"));
        assertEquals("../../search-index.en.js", search.selectFirst("#search-status").attr("data-other-indexes"));
        assertEquals("Chỉ tìm trong “{report}”.", search.selectFirst("#search-scope").attr("data-scope"));
        assertEquals("noindex", search.selectFirst("meta[name=robots]").attr("content"));
        assertEquals("search", page(site, "en/2024/index.html").selectFirst(".site-header input[name=q]").attr("type"));
    }

    /**
     * A page's entry holds the words a reader sees: a key figure's unit, no footnote number glued to a word, no "↩",
     * no figure's buttons ("Xem số liệu").
     */
    @Test
    void aSearchEntryHoldsTheWordsTheReaderSees() throws IOException {
        String part = Files.readString(site.resolve("vi/2024/search-index.js"));
        assertTrue(part.contains("{\"u\":\"vi/2024/index.html\",\"t\":\"Báo cáo thường niên 2024\",\"c\":\"01/01/2024 – 31/12/2024\","
                + "\"s\":\"Đổi mới để vươn xa\",\"x\":\"1.250 Thành viên 38 ao Vùng trồng sen 46,5% Thành viên nữ\"}"), part);
        assertTrue(part.contains("{\"u\":\"vi/2024/ke-hoach-nam-2025/index.html\",\"t\":\"Kế hoạch năm 2025\",\"c\":\"Báo cáo thường niên 2024\","
                + "\"s\":\"Những việc hợp tác xã sẽ làm trong năm tới.\","
                + "\"x\":\"Hợp tác xã dự kiến mở thêm cửa hàng sen tại chợ huyện. Cửa hàng bán trà sen. Chợ họp vào các ngày rằm.\"}"), part);
        assertTrue(part.contains("\"x\":\"Năm 2024, hợp tác xã có 1.250 thành viên và 38 ao sen. Thành viên Hình 1. Số thành viên qua các năm "
                + "Thành viên 2022 1.020 2023 1.180 2024 1.250 Đổi mới cách làm Đổi mới là trọng tâm của năm: hợp tác xã đưa giống sen mới vào "
                + "38 ao. Bảng 1. Sản lượng theo ao và theo quý Ao Thôn Quý I (kg) Quý II (kg) Quý III (kg) Quý IV (kg) Tỷ trọng Ao Đông "
                + "Thôn Thượng 1.200 3.400 5.100 900 41,5% Ao Tây Thôn Hạ 1.100 2.900 4.700 800 58,5%\"}"), part);
    }

    /** The header's search on a report's pages starts with that report's part; elsewhere it has no report to start with. */
    @Test
    void theSearchFromAReportsPagesNamesTheReport() throws IOException {
        for (String path : List.of("en/2024/index.html", "en/2024/overview-of-2024/index.html", "vi/2023/tong-quan-nam-2023/index.html")) {
            Element report = page(site, path).selectFirst(".site-header form[role=search] input[name=report]");
            assertNotNull(report, path);
            assertEquals("hidden", report.attr("type"));
            assertEquals(path.substring(3, 7), report.attr("value"), path);
        }
        for (String path : List.of("index.html", "en/index.html", "vi/search/index.html", "404.html")) {
            assertNull(page(site, path).selectFirst("input[name=report]"), path);
        }
    }

    /** The preview writes again only the reports an edit touched: the others' search parts are not made again. */
    @Test
    void aReportWhosePagesAreNotWrittenHasItsSearchPartNotWrittenEither() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Loaded model = new Pipeline().load(temp.resolve("relative"), diagnostics).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
        Map<String, byte[]> files = new TreeMap<>();
        new SiteWriter(model.project(), model.theme(), model.messages(), OutputFolder.inMemory(temp.resolve("memory"), files), diagnostics)
                .write(model.reports(), Map.of(), one -> one.report().id().equals("2024"));
        assertFalse(diagnostics.hasErrors(), diagnostics.sorted().toString());
        for (String language : List.of("vi", "en")) {
            assertFalse(files.containsKey(language + "/2023/search-index.js"), language);
            assertArrayEquals(Files.readAllBytes(site.resolve(language + "/2024/search-index.js")), files.get(language + "/2024/search-index.js"));
            assertArrayEquals(Files.readAllBytes(site.resolve("search-index." + language + ".js")), files.get("search-index." + language + ".js"));
        }
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
