package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project the code was never tuned to, written from the content format (docs: content-format.md) alone: two
 * reports, a Vietnamese file in NFD with CRLF line ends and a BOM, a section in one language only, a 60-row table,
 * line, column and pie charts, an image and a cover. It must build as it is, and say the same in both editions.
 */
class ContractProjectTest {
    @TempDir
    static Path temp;
    static Path project;
    static Path output;
    static BuildResult result;
    static List<Diagnostic> diagnostics;

    static final String NFC_SENTENCE = "Năm 2024, Hợp tác xã Sen Vàng tuyên truyền cho 152.730 lượt người; phụ nữ chiếm 48,75%.";
    static final String VI_PDF = "vi/2024/bao-cao-thuong-nien-2024.pdf";
    static final String EN_PDF = "en/2024/annual-report-2024.pdf";

    @BeforeAll
    static void buildTheProject() {
        project = writeProject(new ProjectFixture(temp.resolve("sen-vang"))).root();
        output = temp.resolve("site");
        Diagnostics found = new Diagnostics();
        result = new Pipeline().build(new BuildOptions(project, output, true, false), found);
        diagnostics = found.sorted();
    }

    static ProjectFixture writeProject(ProjectFixture p) {
        p.file("content/site.yaml", SITE_YAML + "currency: VND\n");
        p.file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                subtitle: {vi: Một năm mở rộng vùng sen, en: A year of growing the lotus fields}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                cover: media/bia.png
                key_figures:
                  - {value: members.people_reached, label: {vi: Lượt người được tuyên truyền, en: People reached}}
                """);
        p.file("content/reports/2024/data/members.yaml", """
                people_reached: 152730
                share_women: 48.75
                charts:
                  by_year:
                    type: line
                    title: {vi: Thành viên qua các năm, en: Members over the years}
                    unit: {vi: người, en: people}
                    categories: ["2020", "2021", "2022", "2023", "2024"]
                    series:
                      - name: {vi: Nam, en: Men}
                        values: [310, 342, 365, 401, 436]
                      - name: {vi: Nữ, en: Women}
                        values: [290, 322, 351, 388, 414]
                  by_commune:
                    type: column
                    title: {vi: Diện tích theo xã, en: Area by commune}
                    unit: ha
                    categories: [{vi: Xã Đông, en: East commune}, {vi: Xã Tây, en: West commune}, {vi: Xã Bắc, en: North commune}]
                    series:
                      - values: [120.5, 87.25, 64]
                  by_product:
                    type: pie
                    title: {vi: Doanh thu theo sản phẩm, en: Revenue by product}
                    categories: [{vi: Hạt sen, en: Lotus seeds}, {vi: Trà sen, en: Lotus tea}, {vi: Tơ sen, en: Lotus silk}]
                    series:
                      - values: [55, 30, 15]
                """ + householdsTable());
        p.file("content/reports/2024/en/01-tong-quan.md", """
                ---
                title: Overview of 2024
                summary: The year's main figures.
                ---
                In 2024, the Golden Lotus Cooperative reached ${members.people_reached} people; ${members.share_women}% were women.

                ## New members

                See the [pictures](03-hinh-anh.md#lotus-garden).
                """);
        // Saved by an old Windows editor: a BOM, CRLF line ends and decomposed (NFD) letters.
        String nfd = Normalizer.normalize("""
                ---
                title: Tổng quan năm 2024
                summary: Những con số chính của năm.
                ---
                Năm 2024, Hợp tác xã Sen Vàng tuyên truyền cho ${members.people_reached} lượt người; phụ nữ chiếm ${members.share_women}%.

                ## Thành viên mới

                Xem [hình ảnh](03-hinh-anh.md#vuon-sen).
                """, Normalizer.Form.NFD).replace("\n", "\r\n");
        p.bytes("content/reports/2024/vi/01-tong-quan.md", ("\uFEFF" + nfd).getBytes(StandardCharsets.UTF_8));
        for (String lang : List.of("vi", "en")) {
            p.file("content/reports/2024/" + lang + "/02-so-lieu.md", """
                    ---
                    title: %s
                    ---
                    <@chart id="members.by_year"/>

                    <@chart id="members.by_commune"/>

                    <@chart id="members.by_product"/>

                    <@table id="members.households"/>
                    """.formatted(lang.equals("vi") ? "Số liệu hoạt động" : "Facts and figures"));
        }
        p.file("content/reports/2024/vi/03-hinh-anh.md", """
                ---
                title: Hình ảnh
                ---
                ## Vườn sen

                ![Cánh đồng sen ở ấp Một](../media/cánh-đồng.png)
                """);
        p.file("content/reports/2024/en/03-hinh-anh.md", """
                ---
                title: Pictures
                ---
                ## Lotus garden

                ![Lotus field in hamlet One](../media/cánh-đồng.png)
                """);
        p.file("content/reports/2024/vi/04-ghi-chu-dia-phuong.md", """
                ---
                title: Ghi chú địa phương
                summary: Chỉ có bằng tiếng Việt.
                ---
                Mục này chỉ viết bằng tiếng Việt.
                """);
        p.png("content/reports/2024/media/cánh-đồng.png", 64, 40, new Color(0xE0, 0x6C, 0x9F));
        p.png("content/reports/2024/media/bia.png", 120, 160, new Color(0xF2, 0xC1, 0x4E));

        p.file("content/reports/2023/report.yaml", """
                title: {vi: Báo cáo thường niên 2023, en: Annual Report 2023}
                period: {start: 2023-01-01, end: 2023-12-31}
                published: 2024-03-15
                """);
        p.file("content/reports/2023/data/highlights.yaml", "volunteers: 1250\n");
        p.file("content/reports/2023/vi/01-tong-quan.md", """
                ---
                title: Tổng quan năm 2023
                ---
                Có ${highlights.volunteers} tình nguyện viên.
                """);
        p.file("content/reports/2023/en/01-tong-quan.md", """
                ---
                title: Overview of 2023
                ---
                There were ${highlights.volunteers} volunteers.
                """);
        return p;
    }

    /** 60 hamlets; the first has a name per language, the rest a plain name. */
    static String householdsTable() {
        StringBuilder yaml = new StringBuilder("""
                tables:
                  households:
                    caption: {vi: Hộ thành viên theo ấp, en: Member households by hamlet}
                    columns:
                      - {key: hamlet, label: {vi: Ấp, en: Hamlet}}
                      - {key: households, label: {vi: Số hộ, en: Households}, format: number}
                      - {key: share, label: {vi: Tỷ lệ, en: Share}, format: percent}
                      - {key: joined, label: {vi: Ngày gia nhập, en: Joined}, format: date}
                    rows:
                      - {hamlet: {vi: Ấp Sen Hồng, en: Pink Lotus hamlet}, households: 1204, share: 12.5, joined: 2019-03-01}
                """);
        for (int i = 2; i <= 60; i++) {
            yaml.append("      - {hamlet: Ấp ").append(i).append(", households: ").append(10 + i)
                    .append(", share: 1.25, joined: 2020-01-").append(String.format("%02d", i % 28 + 1)).append("}\n");
        }
        return yaml.toString();
    }

    static Document html(String relative) throws IOException {
        Path file = output.resolve(relative);
        assertTrue(Files.isRegularFile(file), "missing " + relative);
        return Jsoup.parse(file.toFile(), "UTF-8");
    }

    static String pdfText(String relative) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(relative).toFile())) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void buildsWithOnlyTheWarningsTheContentCalledFor() {
        // The NFD file builds as NFC; the warning tells the team their editor saves decomposed text.
        assertEquals(List.of("content/reports/2024/vi/01-tong-quan.md:2:9: warning: text is not in Unicode NFC",
                        "content/reports/2024/vi/04-ghi-chu-dia-phuong.md:1:1: warning: this section has no English (en) version yet"),
                diagnostics.stream().map(d -> d.headline().replaceFirst(": '.*", "")).toList());
        assertTrue(result.succeeded());
        assertEquals(List.of("en/2023/annual-report-2023.pdf", EN_PDF, "vi/2023/bao-cao-thuong-nien-2023.pdf", VI_PDF), result.pdfs());
    }

    @Test
    void everyLanguageHasItsPages() throws IOException {
        for (String page : List.of("index.html", "404.html", "sitemap.xml",
                "vi/index.html", "vi/2024/index.html", "vi/2024/tong-quan-nam-2024/index.html", "vi/2024/so-lieu-hoat-dong/index.html",
                "vi/2024/hinh-anh/index.html", "vi/2024/ghi-chu-dia-phuong/index.html", "vi/2023/tong-quan-nam-2023/index.html",
                "en/index.html", "en/2024/index.html", "en/2024/overview-of-2024/index.html", "en/2024/facts-and-figures/index.html",
                "en/2024/pictures/index.html", "en/2023/overview-of-2023/index.html")) {
            assertTrue(Files.isRegularFile(output.resolve(page)), "missing " + page);
        }
        assertEquals("vi-VN", html("vi/2024/index.html").selectFirst("html").attr("lang"));
        assertEquals("en-GB", html("en/2024/index.html").selectFirst("html").attr("lang"));
        // Newest report first in both archives.
        List<String> titles = html("en/index.html").select(".report-card h2").eachText();
        assertEquals(List.of("Annual Report 2024", "Annual Report 2023"), titles);
    }

    @Test
    void figuresPrintTheWayEachLanguageWritesThem() throws IOException {
        Element vi = html("vi/2024/tong-quan-nam-2024/index.html").selectFirst("article p:not(.lead)");
        assertEquals(NFC_SENTENCE, vi.text());
        Element en = html("en/2024/overview-of-2024/index.html").selectFirst("article p:not(.lead)");
        assertEquals("In 2024, the Golden Lotus Cooperative reached 152,730 people; 48.75% were women.", en.text());
        assertEquals("152.730", html("vi/2024/index.html").selectFirst(".key-value").text());
        assertEquals("152,730", html("en/2024/index.html").selectFirst(".key-value").text());
        assertTrue(html("vi/2024/index.html").text().contains("01/01/2024 – 31/12/2024"));
        assertTrue(html("en/2024/index.html").text().contains("1 January 2024 – 31 December 2024"));
    }

    @Test
    void theNfdCrlfBomFileComesOutAsNfcText() throws IOException {
        String page = Files.readString(output.resolve("vi/2024/tong-quan-nam-2024/index.html"));
        assertTrue(Normalizer.isNormalized(page, Normalizer.Form.NFC), "page is not NFC");
        assertFalse(page.contains("\r") || page.contains("\uFEFF"), "CR or BOM leaked into the page");
        assertEquals("Tổng quan năm 2024", html("vi/2024/tong-quan-nam-2024/index.html").selectFirst("h1").text());
        assertEquals("thanh-vien-moi", html("vi/2024/tong-quan-nam-2024/index.html").selectFirst("article h2:not(#toc-title)").id());

        String text = pdfText(VI_PDF);
        assertTrue(text.contains(NFC_SENTENCE.substring(0, 60)), () -> "PDF lacks the NFC sentence:\n" + text);
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC));
    }

    @Test
    void theDocumentsPrintTheFiguresOfTheirLanguage() throws IOException {
        String vi = pdfText(VI_PDF);
        String en = pdfText(EN_PDF);
        assertTrue(vi.contains("152.730") && !vi.contains("152,730"), vi);
        assertTrue(en.contains("152,730") && !en.contains("152.730"), en);
        assertTrue(en.contains("Golden Lotus Cooperative reached 152,730 people; 48.75% were women"), en);
        // The 60-row table is in the print edition too: its last hamlet and a date of its language.
        assertTrue(vi.contains("Ấp 60") && vi.contains("01/03/2019"), vi);
        assertTrue(en.contains("Ấp 60") && en.contains("Pink Lotus hamlet") && en.contains("1 March 2019"), en);
    }

    @Test
    void aSectionInOneLanguageIsListedAndLinkedInTheOther() throws IOException {
        Document contents = html("en/2024/index.html");
        List<Element> entries = contents.select(".contents-list > li");
        assertEquals(4, entries.size());
        Element untranslated = entries.get(3);
        Element link = untranslated.selectFirst("a");
        assertEquals("vi", link.attr("hreflang"));
        assertTrue(link.text().contains("Ghi chú địa phương"), link.text());
        assertEquals("Read in Tiếng Việt", untranslated.selectFirst(".badge").text());
        Path target = output.resolve("en/2024").resolve(link.attr("href")).normalize();
        assertEquals(output.resolve("vi/2024/ghi-chu-dia-phuong/index.html"), target);
        // The Vietnamese page's language switch says the English page does not exist, and links somewhere that does.
        Element english = html("vi/2024/ghi-chu-dia-phuong/index.html").selectFirst(".language-switch a[lang=en]");
        assertTrue(english.attr("href").endsWith("#not-translated"), english.attr("href"));
        // The translated sections carry no badge.
        assertEquals(1, contents.select(".contents-list .badge").size());
    }

    @Test
    void theTableHasSixtyRowsInEachLanguage() throws IOException {
        Element vi = html("vi/2024/so-lieu-hoat-dong/index.html").selectFirst("table#table-members-households");
        assertNotNull(vi);
        assertEquals(60, vi.select("tbody tr").size());
        assertEquals(List.of("Ấp Sen Hồng", "1.204", "12,5%", "01/03/2019"), vi.select("tbody tr").get(0).children().eachText());
        Element en = html("en/2024/facts-and-figures/index.html").selectFirst("table#table-members-households");
        assertEquals(60, en.select("tbody tr").size());
        assertEquals(List.of("Pink Lotus hamlet", "1,204", "12.5%", "1 March 2019"), en.select("tbody tr").get(0).children().eachText());
        assertTrue(en.selectFirst("caption").text().startsWith("Table 1."), en.selectFirst("caption").text());
    }

    @Test
    void chartsAreInlineSvgNumberedInOrder() throws IOException {
        Document page = html("en/2024/facts-and-figures/index.html");
        List<Element> figures = page.select("figure.figure-chart");
        assertEquals(3, figures.size());
        for (Element figure : figures) {
            // A wide shape and a compact one for phones, each with its own ids for its title and description.
            List<Element> shapes = figure.select("svg");
            assertEquals(2, shapes.size(), "the shapes of " + figure.id());
            String id = shapes.get(0).id();
            assertEquals(List.of("", id + "-compact"), shapes.stream().map(svg -> svg.hasClass("chart-compact") ? svg.id() : "").toList());
            assertEquals(id + "-compact-title " + id + "-compact-desc", shapes.get(1).attr("aria-labelledby"));
            assertTrue(figure.select("img").isEmpty());
        }
        assertTrue(figures.get(0).selectFirst("figcaption").text().startsWith("Figure 1. Members over the years"));
        assertTrue(figures.get(2).selectFirst("figcaption").text().startsWith("Figure 3. Revenue by product"));
        assertTrue(html("vi/2024/so-lieu-hoat-dong/index.html").selectFirst("figcaption").text().startsWith("Hình 1."));
    }

    @Test
    void theImageIsCopiedAndItsLinkResolvesFromTheSectionPage() throws IOException {
        for (String page : List.of("vi/2024/hinh-anh/index.html", "en/2024/pictures/index.html")) {
            Element img = html(page).selectFirst("article img");
            assertNotNull(img, page);
            Path image = output.resolve(page).getParent().resolve(decode(img.attr("src"))).normalize();
            assertTrue(image.startsWith(output) && Files.isRegularFile(image), page + ": " + img.attr("src"));
            assertEquals(Files.size(project.resolve("content/reports/2024/media/cánh-đồng.png")), Files.size(image));
        }
        Element cover = html("index.html").selectFirst("img.report-cover");
        assertTrue(Files.isRegularFile(output.resolve(decode(cover.attr("src")))), cover.attr("src"));
    }

    @Test
    void thePdfHasTheImageAndNoChartAsAnImage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(output.resolve(EN_PDF).toFile())) {
            Set<String> sizes = new HashSet<>();
            for (PDPage page : pdf.getPages()) collectImages(page.getResources(), sizes, new HashSet<>());
            // The photo and the cover, and nothing else: the three charts are drawn as vectors.
            assertEquals(Set.of("64x40", "120x160"), sizes);
        }
    }

    private static void collectImages(PDResources resources, Set<String> sizes, Set<Object> seen) throws IOException {
        if (resources == null || !seen.add(resources.getCOSObject())) return;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) sizes.add(image.getWidth() + "x" + image.getHeight());
            if (object instanceof PDFormXObject form) collectImages(form.getResources(), sizes, seen);
        }
    }

    @Test
    void pdfFontsAreEmbeddedSubsetsAndThereArePagesBeyondCoverAndContents() throws IOException {
        for (String file : List.of(VI_PDF, EN_PDF)) {
            try (PDDocument pdf = Loader.loadPDF(output.resolve(file).toFile())) {
                assertTrue(pdf.getNumberOfPages() > 2, file + " has " + pdf.getNumberOfPages() + " pages");
                List<String> names = new ArrayList<>();
                for (PDPage page : pdf.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        names.add(font.getName());
                        assertTrue(font.isEmbedded(), file + ": " + font.getName() + " is not embedded");
                        assertTrue(font.getName().matches("[A-Z]{6}\\+.+"), file + ": " + font.getName() + " is not a subset");
                    }
                }
                assertFalse(names.isEmpty(), file + " uses no font");
            }
        }
    }

    @Test
    void everyRelativeLinkOfEverySiteFileLeadsToAFileThatExists() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                for (Element element : page.select("a[href], link[href], img[src], script[src]")) {
                    String url = element.hasAttr("href") ? element.attr("href") : element.attr("src");
                    if (url.matches("^[a-z]+:.*") || url.startsWith("#")) continue;
                    checked++;
                    String path = decode(url.replaceFirst("[#?].*$", ""));
                    Path target = file.getParent().resolve(path).normalize();
                    if (Files.isDirectory(target)) target = target.resolve("index.html");
                    if (!target.startsWith(output) || !Files.isRegularFile(target)) {
                        broken.add(output.relativize(file) + " -> " + url);
                    } else if (url.contains("#") && target.toString().endsWith(".html")) {
                        String fragment = url.substring(url.indexOf('#') + 1);
                        if (Jsoup.parse(target.toFile(), "UTF-8").getElementById(fragment) == null) {
                            broken.add(output.relativize(file) + " -> " + url + " (no such id)");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 100, "only " + checked + " links checked");
    }

    static String decode(String url) {
        return URLDecoder.decode(url.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
