package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nu.validator.client.EmbeddedValidator;
import org.baocao.brand.BrandKitFixture;
import org.baocao.build.BuildOptions;
import org.baocao.build.Pipeline;
import org.baocao.scaffold.NewReport;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.json.Json;

/** Every page of the sample, of the two-report fixture, of the fixture with a draft and of the brand kit fixture: valid HTML (Nu HTML Checker) and accessible (axe-core). */
class SiteValidationIT {
    @TempDir
    static Path temp;
    static List<Path> sites;

    @BeforeAll
    static void build() throws Exception {
        Path sample = SiteFixture.build(SiteFixture.SAMPLE, temp.resolve("sample"), true);
        Path fixture = SiteFixture.build(SiteFixture.writeProject(temp.resolve("fixture"), null), temp.resolve("fixture/output"), true);
        // A draft report, as serve and build --drafts show it: its badge must pass the checks too.
        Path withDraft = SiteFixture.writeProject(temp.resolve("drafts"), null);
        Diagnostics diagnostics = new Diagnostics();
        NewReport.create(withDraft, "2025", Optional.of("2024"), diagnostics);
        Path drafts = temp.resolve("drafts/output");
        assertTrue(new Pipeline().build(new BuildOptions(withDraft, drafts, false, false, true), diagnostics).succeeded(),
                () -> diagnostics.sorted().toString());
        Path brand = SiteFixture.build(BrandKitFixture.write(temp.resolve("brand")), temp.resolve("brand/output"), false);
        sites = List.of(sample, fixture, drafts, brand);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Path site : sites) {
            for (Path page : SiteWriterTest.htmlPages(site)) {
                pages++;
                Map<String, Object> report = new Json().toType(validator.validate(page), Map.class);
                for (Map<String, Object> message : (List<Map<String, Object>>) report.get("messages")) {
                    if (!"info".equals(message.get("type"))) {
                        errors.add(site.relativize(page) + ":" + message.get("lastLine") + ": " + message.get("type") + ": " + message.get("message"));
                    }
                }
            }
        }
        assertTrue(pages > 30, "pages checked: " + pages);
        assertEquals(List.of(), errors);
    }

    @Test
    void everyPageHasNoSeriousOrCriticalAccessibilityViolation() throws Exception {
        String axe = AxeCore.script();
        ChromeDriver browser = Chromium.start();
        try {
            browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            List<String> violations = new ArrayList<>();
            for (Path site : sites) {
                for (Path page : SiteWriterTest.htmlPages(site)) {
                    for (int width : new int[] {375, 1280}) {
                        Chromium.viewport(browser, width, 900);
                        boolean search = page.endsWith(Path.of("search", "index.html"));
                        // A search page with the results of a query from a report's page, and the line saying so.
                        browser.get(page.toUri() + (search ? "?q=2023&report=2023" : ""));
                        if (search) {
                            new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> !d.findElement(By.id("search-status")).getText().isEmpty());
                        }
                        // The data behind charts is checked too, and the notice a language switch may show.
                        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true);"
                                + "const n = document.getElementById('not-translated'); if (n) n.style.display = 'block';");
                        for (String violation : AxeCore.seriousViolations(browser, axe)) {
                            violations.add(site.relativize(page) + " at " + width + " px: " + violation);
                        }
                    }
                }
            }
            assertEquals(List.of(), violations);
        } finally {
            browser.quit();
        }
    }
}
