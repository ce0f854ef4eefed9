package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's paths through the site in Chromium, on a phone (375 px) and a desktop (1280 px): the language switch,
 * the charts' phone and desktop shapes, the search and a chart's data. Served from a sub-path as a host would, and
 * opened from disk. Screenshots go to target/screenshots/ to be looked at.
 */
class SiteBrowserIT {
    @TempDir
    static Path temp;
    static Path sample;
    static Path fixture;
    static StaticServer sampleServer;
    static StaticServer fixtureServer;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        sample = SiteFixture.build(SiteFixture.SAMPLE, temp.resolve("sample"), true);
        fixture = SiteFixture.build(SiteFixture.writeProject(temp.resolve("fixture"), null), temp.resolve("fixture/output"), true);
        sampleServer = new StaticServer(sample, "/bao-cao/");
        fixtureServer = new StaticServer(fixture, "/sen-vang/bao-cao/");
        browser = Chromium.start();
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (sampleServer != null) sampleServer.close();
        if (fixtureServer != null) fixtureServer.close();
    }

    private void open(int width, String url) {
        Chromium.viewport(browser, width, width < 600 ? 812 : 900);
        browser.get(url);
        assertFalse(browser.getTitle().isBlank(), url);
        long pageWidth = ((Number) browser.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(pageWidth <= width, url + " is " + pageWidth + " px wide at " + width + " px: only tables may scroll sideways");
    }

    private String lang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void languageSwitchLeadsToTheSamePageInTheOtherLanguage(int width) throws Exception {
        open(width, sampleServer.url("vi/2016-2020/kien-toan-to-chuc-bo-may/"));
        assertEquals("vi-VN", lang());
        Chromium.screenshot(browser, width, width + "-vi-section");
        browser.findElement(By.cssSelector(".language-switch a[lang=en]")).click();
        assertEquals(sampleServer.url("en/2016-2020/organisation-and-apparatus/index.html"), browser.getCurrentUrl());
        assertEquals("en-GB", lang());
        assertEquals("Organisation and apparatus", browser.findElement(By.tagName("h1")).getText());
        browser.findElement(By.cssSelector(".language-switch a[lang=vi]")).click();
        assertEquals("Kiện toàn tổ chức bộ máy", browser.findElement(By.tagName("h1")).getText());
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void anUntranslatedSectionSwitchesToTheReportWithANotice(int width) throws Exception {
        open(width, fixtureServer.url("vi/2024/ke-hoach-nam-2025/"));
        browser.findElement(By.cssSelector(".language-switch a[lang=en]")).click();
        assertEquals(fixtureServer.url("en/2024/index.html#not-translated"), browser.getCurrentUrl());
        WebElement notice = browser.findElement(By.id("not-translated"));
        assertTrue(notice.isDisplayed());
        assertEquals("This section has not been translated into English yet.", notice.getText());
        Chromium.screenshot(browser, width, width + "-en-report-not-translated");
        open(width, fixtureServer.url("en/2024/"));
        assertFalse(browser.findElement(By.id("not-translated")).isDisplayed(), "the notice shows only after the switch");
    }

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void aChartShowsItsDataOnRequest(int width) throws Exception {
        open(width, fixtureServer.url("en/2024/overview-of-2024/"));
        List<WebElement> shapes = browser.findElements(By.cssSelector("figure.figure-chart svg[role=img]"));
        assertEquals(2, shapes.size(), "a wide and a compact shape");
        List<WebElement> shown = shapes.stream().filter(WebElement::isDisplayed).toList();
        assertEquals(1, shown.size(), "one shape at a time");
        assertEquals("Members by year", shown.get(0).findElement(By.tagName("title")).getAttribute("textContent"));
        WebElement data = browser.findElement(By.cssSelector("details.chart-data table"));
        assertFalse(data.isDisplayed());
        browser.findElement(By.cssSelector("details.chart-data summary")).click();
        assertTrue(data.isDisplayed());
        assertTrue(data.getText().contains("1,250"), data.getText());
        WebElement wide = browser.findElement(By.cssSelector(".figure-table"));
        if (width < 600) {
            Number scrollWidth = (Number) browser.executeScript("return arguments[0].scrollWidth", wide);
            assertTrue(scrollWidth.intValue() > wide.getSize().getWidth(), "the wide table scrolls inside its frame");
        }
        Chromium.screenshot(browser, width, width + "-en-section-chart");
        open(width, sampleServer.url("vi/2016-2020/chi-dao-dieu-hanh-he-thong-lien-minh/"));
        browser.findElement(By.cssSelector("details.chart-data summary")).click();
        Chromium.screenshot(browser, width, width + "-vi-section-chart");
    }

    /**
     * On a phone each chart shows its compact shape, as wide as the screen allows and no wider, and on a desktop its
     * wide shape: no chart scrolls sideways or cuts a label off, and every label draws at 11 px or more. A column
     * and a bar chart of the sample, a line and a pie chart of the fixture, in both languages.
     */
    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void chartsFitTheScreenWithLegibleText(int width) throws Exception {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("vi-column", sampleServer.url("vi/2016-2020/kien-toan-to-chuc-bo-may/"));
        pages.put("en-column", sampleServer.url("en/2016-2020/organisation-and-apparatus/"));
        pages.put("vi-bar", sampleServer.url("vi/2016-2020/chi-dao-dieu-hanh-he-thong-lien-minh/"));
        pages.put("en-bar", sampleServer.url("en/2016-2020/directing-the-alliance-system/"));
        pages.put("vi-line-pie", fixtureServer.url("vi/2023/tong-quan-nam-2023/"));
        pages.put("en-line-pie", fixtureServer.url("en/2023/overview-of-2023/"));
        double smallest = Double.MAX_VALUE;
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(width, page.getValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> measured = (Map<String, Object>) browser.executeScript(MEASURE_CHARTS, width < 600);
            assertEquals(List.of(), measured.get("problems"), page.getKey() + " at " + width + " px");
            assertTrue(((Number) measured.get("charts")).intValue() >= 1, page.getKey() + " has a chart");
            smallest = Math.min(smallest, ((Number) measured.get("smallest")).doubleValue());
            Chromium.screenshot(browser, width, width + "-chart-" + page.getKey());
        }
        System.out.printf(Locale.ROOT, "charts at %d px: smallest label %.1f px%n", width, smallest);
    }

    /**
     * For each chart frame of the page: which shape shows, whether it fits the screen and its frame, and the size
     * every label draws at (its font size in viewBox units times the chart's scale) and whether it stays inside the
     * chart. Returns {charts, smallest, problems}.
     */
    private static final String MEASURE_CHARTS = """
            const compactExpected = arguments[0];
            const viewport = document.documentElement.clientWidth;
            const problems = [];
            let smallest = Infinity;
            const frames = document.querySelectorAll('.chart-frame');
            for (const frame of frames) {
              const name = frame.closest('figure').id;
              const shown = [...frame.querySelectorAll('svg')].filter(s => getComputedStyle(s).display !== 'none');
              if (shown.length !== 1) { problems.push(name + ': ' + shown.length + ' shapes shown'); continue; }
              const svg = shown[0];
              if (svg.classList.contains('chart-compact') !== compactExpected) problems.push(name + ': the wrong shape, ' + svg.id);
              if (frame.scrollWidth > frame.clientWidth) problems.push(name + ': scrolls sideways, ' + frame.scrollWidth + ' > ' + frame.clientWidth);
              const box = svg.getBoundingClientRect();
              if (box.left < 0 || box.right > viewport) problems.push(name + ': ' + box.left + '..' + box.right + ' px, off the screen');
              const scale = box.width / svg.viewBox.baseVal.width;
              for (const text of svg.querySelectorAll('text')) {
                const px = parseFloat(getComputedStyle(text).fontSize) * scale;
                smallest = Math.min(smallest, px);
                if (px < 11) problems.push(name + ': "' + text.textContent + '" at ' + px.toFixed(1) + ' px');
                const r = text.getBoundingClientRect();
                if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5)
                  problems.push(name + ': "' + text.textContent + '" is cut off');
              }
            }
            return {charts: frames.length, smallest: smallest, problems: problems};""";

    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void searchIgnoresAccentsInBothLanguages(int width) throws Exception {
        open(width, sampleServer.url("vi/2016-2020/"));
        Chromium.screenshot(browser, width, width + "-vi-report");
        WebElement box = browser.findElement(By.cssSelector(".site-header input[type=search]"));
        box.sendKeys("hop tac xa", Keys.ENTER);
        List<WebElement> marks = results("hop tac xa");
        assertTrue(marks.stream().anyMatch(m -> m.getText().toLowerCase(Locale.ROOT).equals("hợp tác xã")), texts(marks).toString());
        Chromium.screenshot(browser, width, width + "-vi-search");

        WebElement query = browser.findElement(By.id("search-query"));
        query.clear();
        query.sendKeys("doi moi");
        marks = results("doi moi");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Đổi mới")), texts(marks).toString());

        open(width, fixtureServer.url("en/2024/"));
        Chromium.screenshot(browser, width, width + "-en-report");
        browser.findElement(By.cssSelector(".site-header input[type=search]")).sendKeys("RENEWAL", Keys.ENTER);
        marks = results("RENEWAL");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Renewal")), texts(marks).toString());
        WebElement first = browser.findElement(By.cssSelector("#search-results li"));
        assertEquals("en", first.getAttribute("lang"), "the page's own language comes first");
        query = browser.findElement(By.id("search-query"));
        query.clear();
        query.sendKeys("Sen Vàng hợp tác xã");
        results("Sen Vàng hợp tác xã");
        Chromium.screenshot(browser, width, width + "-en-search");
        browser.findElement(By.cssSelector("#search-results a")).click();
        assertTrue(browser.getCurrentUrl().startsWith(fixtureServer.url("")), browser.getCurrentUrl());
    }

    @Test
    void theOtherLanguagesIndexIsLoadedOnlyWhenThePagesLanguageHasNoMatch() {
        Chromium.viewport(browser, 1280, 900);
        browser.get(sampleServer.url("en/search/"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(List.of("en"), js.executeScript("return Object.keys(window.baocaoSearchIndex)"), "a reader downloads one language");
        WebElement query = browser.findElement(By.id("search-query"));
        query.sendKeys("cooperative");
        results("cooperative");
        assertEquals(List.of("en"), js.executeScript("return Object.keys(window.baocaoSearchIndex)"), "English matches English");
        query.clear();
        // A word only the Vietnamese pages have.
        query.sendKeys("những");
        results("những");
        assertEquals(List.of("en", "vi"), js.executeScript("return Object.keys(window.baocaoSearchIndex).sort()"));
        assertEquals("vi", browser.findElement(By.cssSelector("#search-results li")).getAttribute("lang"));
    }

    /**
     * From a report's page the search downloads that report's part of the index only and says so; the reader widens it
     * to every report with the button (from the keyboard), and a query the report cannot answer widens it by itself.
     */
    @Test
    void theSearchFromAReportsPageLoadsThatReportFirstAndEveryReportWhenAsked() throws Exception {
        open(1280, fixtureServer.url("vi/2023/tong-quan-nam-2023/"));
        browser.findElement(By.cssSelector(".site-header input[type=search]")).sendKeys("hop tac xa", Keys.ENTER);
        results("hop tac xa");
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(List.of("vi/2023/search-index.js"), js.executeScript("return Object.keys(window.baocaoSearchParts)"),
                "a reader downloads the report's part only");
        assertTrue(resultLinks().stream().allMatch(href -> href.contains("/vi/2023/")), resultLinks().toString());
        WebElement scope = browser.findElement(By.id("search-scope"));
        assertEquals("Chỉ tìm trong “Báo cáo thường niên 2023”. Tìm trong mọi báo cáo", scope.getText());
        String announced = (String) js.executeScript("return document.getElementById('search-status').textContent");
        assertTrue(announced.endsWith("kết quả cho “hop tac xa” Chỉ tìm trong “Báo cáo thường niên 2023”."),
                "screen readers hear which report was searched with the count: " + announced);
        Chromium.screenshot(browser, 1280, "1280-vi-search-one-report");

        WebElement everywhere = scope.findElement(By.tagName("button"));
        js.executeScript("arguments[0].focus()", everywhere);
        everywhere.sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> resultLinks().stream().anyMatch(href -> href.contains("/vi/2024/")));
        assertTrue(resultLinks().stream().anyMatch(href -> href.contains("/vi/2023/")), resultLinks().toString());
        assertFalse(scope.isDisplayed(), "every report was searched");
        assertEquals("search-query", browser.switchTo().activeElement().getAttribute("id"), "the focus went back to the query");
        assertEquals(List.of("vi/2023/search-index.js", "vi/2024/search-index.js"),
                js.executeScript("return Object.keys(window.baocaoSearchParts).sort()"));
        Chromium.screenshot(browser, 1280, "1280-vi-search-every-report");

        open(1280, fixtureServer.url("vi/2023/"));
        browser.findElement(By.cssSelector(".site-header input[type=search]")).sendKeys("cua hang", Keys.ENTER);
        results("cua hang");
        List<String> found = resultLinks();
        assertTrue(!found.isEmpty() && found.stream().allMatch(href -> href.contains("/vi/2024/")), "a word only another report has: " + found);
        assertFalse(browser.findElement(By.id("search-scope")).isDisplayed());
    }

    /** A result's passage reads as the page does: no footnote number glued to the word before it, no "↩". */
    @Test
    void aResultsPassageReadsAsThePageDoes() throws Exception {
        open(375, sampleServer.url("vi/search/?q=" + URLEncoder.encode("cả trên phạm vi", StandardCharsets.UTF_8)));
        results("cả trên phạm vi");
        WebElement overview = browser.findElement(By.cssSelector("#search-results li:has(a[href$='/tong-quan-nhiem-ky/index.html'])"));
        assertEquals("… trò nòng cốt trong việc dẫn dắt khu vực kinh tế tập thể, hợp tác xã, cả trên phạm vi toàn quốc lẫn tại từng "
                + "địa phương. Báo cáo này tóm lược các kết quả chủ yếu của nhiệm kỳ: từ tổ chức bộ máy, chỉ đạo điều hành, tham mưu chính "
                + "sách đến …", overview.findElement(By.cssSelector(".search-snippet")).getText());
        Chromium.screenshot(browser, 375, "375-vi-search-passage");
    }

    /** Read in one script: the list is drawn again while a wider search loads, which would leave a found link stale. */
    @SuppressWarnings("unchecked")
    private List<String> resultLinks() {
        return (List<String>) browser.executeScript("return Array.from(document.querySelectorAll('#search-results h2 a'), a => a.href);");
    }

    @Test
    void searchWorksFromDiskWhereScriptsCannotFetch() {
        Chromium.viewport(browser, 1280, 900);
        browser.get(fixture.resolve("vi/search/index.html").toUri() + "?q=doi%20moi");
        List<WebElement> marks = results("doi moi");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Đổi mới")), texts(marks).toString());
        browser.findElement(By.cssSelector("#search-results a")).click();
        assertTrue(browser.getCurrentUrl().startsWith("file:") && browser.getCurrentUrl().endsWith("/index.html"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank());

        // From a report's page: the search page loads that report's part, then the others when asked, from disk too.
        browser.get(fixture.resolve("vi/2023/index.html").toUri().toString());
        browser.findElement(By.cssSelector(".site-header input[type=search]")).sendKeys("hop tac xa", Keys.ENTER);
        results("hop tac xa");
        assertTrue(resultLinks().stream().allMatch(href -> href.startsWith("file:") && href.contains("/vi/2023/")), resultLinks().toString());
        browser.findElement(By.cssSelector("#search-scope button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> resultLinks().stream().anyMatch(href -> href.contains("/vi/2024/")));
    }

    @Test
    void aSectionPageIsLightAndLoadsNothingFromElsewhere() throws Exception {
        Chromium.viewport(browser, 375, 812);
        String url = sampleServer.url("vi/2016-2020/kien-toan-to-chuc-bo-may/");
        browser.get(url);
        Number transferred = (Number) browser.executeScript("""
                const nav = performance.getEntriesByType('navigation')[0];
                return performance.getEntriesByType('resource').filter(r => !r.name.endsWith('.ttf'))
                    .reduce((sum, r) => sum + r.transferSize, nav.transferSize);""");
        assertTrue(transferred.longValue() > 0 && transferred.longValue() < 100 * 1024, "section page: " + transferred + " bytes, fonts aside");
        @SuppressWarnings("unchecked")
        List<String> requests = (List<String>) browser.executeScript(
                "return performance.getEntriesByType('resource').map(r => r.name)");
        String origin = sampleServer.url("");
        assertTrue(requests.stream().allMatch(r -> r.startsWith(origin)), requests.toString());
        System.out.println("section page transferred, fonts aside: " + transferred + " bytes; requests: " + requests.size());
    }

    /**
     * A table wider than a phone scrolls inside its frame and shows it: a shadow darkens the frame's right edge while
     * columns lie beyond it, and its left edge once scrolled to the end. Its caption wraps within the frame and stays
     * in view.
     */
    @Test
    void aWideTableShowsThatItScrollsAndKeepsItsCaptionOnScreen() throws Exception {
        open(375, sampleServer.url("vi/2016-2020/tuyen-truyen-chu-truong-chinh-sach/"));
        WebElement frame = browser.findElement(By.cssSelector(".figure-table"));
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
                const frame = arguments[0], r = frame.getBoundingClientRect();
                const caption = frame.querySelector('caption').getBoundingClientRect();
                return {left: r.left, right: r.right, overflow: frame.scrollWidth - frame.clientWidth,
                        captionLeft: caption.left, captionRight: caption.right};""", frame);
        assertTrue(box.get("overflow").doubleValue() > 20, "the sample's table is wider than a phone: " + box);
        assertTrue(box.get("captionLeft").doubleValue() >= box.get("left").doubleValue()
                && box.get("captionRight").doubleValue() <= box.get("right").doubleValue() + 0.5,
                "the caption fits in the frame: " + box);
        int[] atStart = edgeShades(frame);
        Chromium.screenshot(browser, 375, "375-table-start");
        assertTrue(atStart[1] > 12, "a shadow at the right edge while columns lie beyond it: " + atStart[1]);
        assertTrue(atStart[0] < 3, "no shadow at the left edge before scrolling: " + atStart[0]);

        browser.executeScript("arguments[0].scrollLeft = arguments[0].scrollWidth", frame);
        int[] atEnd = edgeShades(frame);
        Chromium.screenshot(browser, 375, "375-table-end");
        assertTrue(atEnd[0] > 12, "a shadow at the left edge once scrolled to the end: " + atEnd[0]);
        assertTrue(atEnd[1] < 3, "no shadow at the right edge at the end of the table: " + atEnd[1]);
        assertEquals(Boolean.TRUE, browser.executeScript("""
                const r = arguments[0].getBoundingClientRect(), c = arguments[0].querySelector('caption').getBoundingClientRect();
                return c.left >= r.left - 0.5 && c.right <= r.right + 0.5;""", frame), "the caption stays in view as the table scrolls");
    }

    /**
     * How dark the table's frame is at its left and its right edge (0 is white, up to 255), in the first row's top
     * padding, where no text is.
     */
    private int[] edgeShades(WebElement frame) throws IOException {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", frame);
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.executeScript("""
                const r = arguments[0].getBoundingClientRect();
                return {left: r.left, right: r.right, rowTop: arguments[0].querySelector('tbody tr').getBoundingClientRect().top};""", frame);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(browser.getScreenshotAs(OutputType.BYTES)));
        int y = box.get("rowTop").intValue() + 4;
        return new int[] {darkness(image, box.get("left").intValue() + 1, y),
                darkness(image, (int) Math.ceil(box.get("right").doubleValue()) - 2, y)};
    }

    /** Each footnote's "↩" link ends the note's last line, named for screen readers in the page's language. */
    @ParameterizedTest
    @ValueSource(ints = {375, 1280})
    void aFootnoteEndsWithItsBackLink(int width) throws Exception {
        Map<String, String> pages = Map.of(
                "Quay lại nội dung", sampleServer.url("vi/2016-2020/tuyen-truyen-chu-truong-chinh-sach/"),
                "Back to the text", sampleServer.url("en/2016-2020/communicating-policy/"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(width, page.getValue());
            List<WebElement> notes = browser.findElements(By.cssSelector(".footnotes li"));
            assertFalse(notes.isEmpty(), page.getValue());
            for (WebElement note : notes) {
                WebElement back = note.findElement(By.cssSelector("a.footnote-backref"));
                assertEquals(page.getKey(), back.getAttribute("aria-label"));
                @SuppressWarnings("unchecked")
                Map<String, Number> at = (Map<String, Number>) browser.executeScript("""
                        const back = arguments[0], paragraphs = back.closest('li').querySelectorAll('p');
                        const text = paragraphs[paragraphs.length - 1].getBoundingClientRect();
                        const link = back.getBoundingClientRect();
                        return {linkTop: link.top, linkBottom: link.bottom, textBottom: text.bottom,
                                line: parseFloat(getComputedStyle(back).lineHeight)};""", back);
                assertTrue(at.get("linkBottom").doubleValue() <= at.get("textBottom").doubleValue() + 0.5
                        && at.get("linkTop").doubleValue() >= at.get("textBottom").doubleValue() - at.get("line").doubleValue() - 0.5,
                        "the back link is on the note's last line, not below it: " + at);
            }
            browser.executeScript("document.querySelector('.footnotes').scrollIntoView()");
            Chromium.screenshot(browser, width, width + "-footnote-" + page.getKey().charAt(0));
        }
    }

    /** How far a pixel is from white: 0 for white, up to 255. */
    private static int darkness(BufferedImage image, int x, int y) {
        int rgb = image.getRGB(x, y);
        return 255 - Math.min((rgb >> 16) & 0xFF, Math.min((rgb >> 8) & 0xFF, rgb & 0xFF));
    }

    /** The marked words of the results, once the page shows the results for {@code query}. */
    private List<WebElement> results(String query) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("search-status")).getText().contains("“" + query + "”"));
        return browser.findElements(By.cssSelector("#search-results mark"));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
