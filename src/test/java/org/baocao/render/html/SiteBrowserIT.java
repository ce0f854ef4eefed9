package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A reader's paths through the site in Chromium, on a phone (375 px) and a desktop (1280 px): the language switch,
 * the search and a chart's data. Served from a sub-path as a host would, and opened from disk. Screenshots go to
 * target/screenshots/ to be looked at.
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
        assertTrue(pageWidth <= width, url + " is " + pageWidth + " px wide at " + width + " px: only tables and charts may scroll sideways");
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
        WebElement chart = browser.findElement(By.cssSelector("figure.figure-chart svg[role=img]"));
        assertEquals("Members by year", chart.findElement(By.tagName("title")).getAttribute("textContent"));
        assertTrue(chart.getSize().getWidth() >= Math.min(width - 40, 500), "legible width: " + chart.getSize());
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
    void searchWorksFromDiskWhereScriptsCannotFetch() {
        Chromium.viewport(browser, 1280, 900);
        browser.get(fixture.resolve("vi/search/index.html").toUri() + "?q=doi%20moi");
        List<WebElement> marks = results("doi moi");
        assertTrue(marks.stream().anyMatch(m -> m.getText().equals("Đổi mới")), texts(marks).toString());
        browser.findElement(By.cssSelector("#search-results a")).click();
        assertTrue(browser.getCurrentUrl().startsWith("file:") && browser.getCurrentUrl().endsWith("/index.html"), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.tagName("h1")).getText().isBlank());
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

    /** The marked words of the results, once the page shows the results for {@code query}. */
    private List<WebElement> results(String query) {
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> d.findElement(By.id("search-status")).getText().contains("“" + query + "”"));
        return browser.findElements(By.cssSelector("#search-results mark"));
    }

    private static List<String> texts(List<WebElement> elements) {
        return elements.stream().map(WebElement::getText).toList();
    }
}
