package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine, from npm into target/npm (.ci/run installs it; a developer's first run of the
 * test does). The test fails, never skips, when it cannot be had.
 */
final class AxeCore {
    static final String VERSION = "4.14.1";
    static final Path FOLDER = Path.of("target/npm");
    static final Path SCRIPT = FOLDER.resolve("node_modules/axe-core/axe.min.js");

    private AxeCore() {}

    static String script() throws IOException, InterruptedException {
        if (!Files.isRegularFile(SCRIPT)) {
            Process npm = new ProcessBuilder("npm", "install", "--prefix", FOLDER.toString(), "--no-audit", "--no-fund",
                    "axe-core@" + VERSION).inheritIO().start();
            if (npm.waitFor() != 0 || !Files.isRegularFile(SCRIPT)) {
                fail("axe-core is missing: npm install --prefix " + FOLDER + " axe-core@" + VERSION + " (as .ci/run does)");
            }
        }
        return Files.readString(SCRIPT);
    }

    /** The serious and critical violations on the page the browser shows, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(JavascriptExecutor browser, String axe) {
        browser.executeScript(axe);
        Object result = browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))),
                  e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}]));
                """);
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
            Object impact = violation.get("impact");
            if ("serious".equals(impact) || "critical".equals(impact)) {
                serious.add(impact + " " + violation.get("id") + ": " + violation.get("help") + " at " + violation.get("nodes"));
            }
        }
        return serious;
    }
}
