package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven by its chromedriver. Selenium's driver manager cannot download here, so both
 * come from apt (.ci/run installs them); when either is missing the test fails and says so, it never skips.
 */
final class Chromium {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target/screenshots");

    private Chromium() {}

    static ChromeDriver start() {
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail("browser tests need " + BROWSER + " and " + DRIVER + ": apt-get install chromium chromium-driver (as .ci/run does)");
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--window-size=1280,900");
        return new ChromeDriver(service, options);
    }

    /** A phone (375 px, touch, mobile viewport rules) or a desktop browser window of the given CSS width. */
    static void viewport(ChromeDriver driver, int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page as a PNG in target/screenshots/, to look at. */
    static Path screenshot(ChromeDriver driver, int width, String name) throws IOException {
        long height = ((Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)")).longValue();
        viewport(driver, width, (int) Math.min(height, 6000));
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        viewport(driver, width, width < 600 ? 812 : 900);
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, png);
        return file;
    }
}
