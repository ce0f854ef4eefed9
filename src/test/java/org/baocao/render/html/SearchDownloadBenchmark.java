package org.baocao.render.html;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search scripts a reader's browser downloads to search from a page: a built site served over HTTP, the query
 * typed in the header of the page in headless Chromium, then, when the search names the page's report, the "search
 * every report" button pressed. Prints each script and its bytes (Resource Timing's encodedBodySize; the server does
 * not compress) after each step. Not a test: sizes of generated content belong to no assertion.
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) org.baocao.render.html.SearchDownloadBenchmark SITE PAGE QUERY
 * </pre>
 */
public final class SearchDownloadBenchmark {
    private static final Duration WAIT = Duration.ofSeconds(60);

    public static void main(String[] args) throws Exception {
        StaticServer server = new StaticServer(Path.of(args[0]), "/site/");
        ChromeDriver browser = Chromium.start();
        try {
            Chromium.viewport(browser, 1280, 900);
            browser.get(server.url(args[1]));
            browser.findElement(By.cssSelector(".site-header input[type=search]")).sendKeys(args[2], Keys.ENTER);
            new WebDriverWait(browser, WAIT).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
            print(browser, "the query");
            List<?> scope = browser.findElements(By.cssSelector("#search-scope:not([hidden]) button"));
            if (!scope.isEmpty()) {
                browser.findElement(By.cssSelector("#search-scope button")).click();
                new WebDriverWait(browser, WAIT).until(d -> !d.findElement(By.id("search-scope")).isDisplayed()
                        && !d.findElement(By.id("search-status")).getText().isEmpty());
                print(browser, "every report");
            }
        } finally {
            browser.quit();
            server.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static void print(ChromeDriver browser, String step) {
        List<Map<String, Object>> scripts = (List<Map<String, Object>>) browser.executeScript(
                "return performance.getEntriesByType('resource').filter(e => /search-index/.test(e.name))"
                        + ".map(e => ({name: e.name.replace(/.*\\/site\\//, ''), bytes: e.encodedBodySize}))");
        long total = scripts.stream().mapToLong(script -> ((Number) script.get("bytes")).longValue()).sum();
        System.out.println(step + ": " + scripts.size() + " search scripts, " + total + " bytes; "
                + browser.findElement(By.id("search-status")).getText());
        scripts.forEach(script -> System.out.println("  " + script.get("name") + " " + script.get("bytes")));
    }
}
