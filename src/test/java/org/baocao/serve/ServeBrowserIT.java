package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.baocao.content.Placeholders;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the user sees: a save reaches the open tab by itself, and an error shows over the page until it is fixed. */
class ServeBrowserIT {

    @Test
    void anEditReachesTheOpenTabAndAnErrorShowsOverIt(@TempDir Path folder) throws Exception {
        Path project = SenVangProject.write(folder);
        Path section = project.resolve(SenVangProject.VI_SECTION);
        String original = Files.readString(section);
        try (Preview preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new PreviewTest.QuietListener())) {
            ChromeDriver browser = Chromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                // The page may reload between finding its body and reading it: read it again then.
                wait.ignoring(StaleElementReferenceException.class);
                browser.get(preview.address().resolve("vi/2020/tong-quan/").toString());
                assertTrue(body(browser).contains("412 xã viên trồng sen"));
                // Wait until the page listens for rebuilds before saving.
                wait.until(d -> preview.openTabs() == 1);

                Files.writeString(section, original.replace("xã viên trồng sen", "xã viên trồng sen hồng"));
                wait.until(d -> body(browser).contains("xã viên trồng sen hồng"));

                Files.writeString(section, original.replace("trồng sen.", "trồng sen ${members.cout}.") + "\n" + Placeholders.MARKER + "\n");
                WebElement overlay = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("baocao-problems")));
                wait.until(d -> overlay.getText().contains(SenVangProject.VI_SECTION + ":4:"));
                assertTrue(overlay.getText().contains("error: 'members.cout' does not exist in the data sets"), overlay.getText());
                assertTrue(overlay.getText().contains("hint: did you mean members.count?"), overlay.getText());
                // The error comes first; the warnings (here the placeholder) are folded under their count.
                String shown = overlay.getText();
                WebElement warnings = overlay.findElement(By.tagName("summary"));
                assertTrue(warnings.getText().matches("\\d+ warnings?"), warnings.getText());
                assertTrue(shown.indexOf("error: 'members.cout'") < shown.indexOf(warnings.getText()), shown);
                assertFalse(shown.contains(": warning: "), "the warnings are folded: " + shown);
                // The source line and its caret never wrap, or the caret would point at another word.
                WebElement source = overlay.findElement(By.tagName("pre"));
                assertEquals("pre", source.getCssValue("white-space"));
                assertTrue(source.getText().contains("${members.cout}") && source.getText().endsWith("^"), source.getText());
                assertTrue(body(browser).contains("xã viên trồng sen hồng"), "the last good page is no longer shown");

                Files.writeString(section, original);
                wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("baocao-problems")));
                wait.until(d -> !body(browser).contains("sen hồng"));
                assertEquals(0, browser.findElements(By.id("baocao-problems")).size());
            } finally {
                browser.quit();
            }
        }
    }

    /**
     * An edit of the text alone updates the open tab in place: the document stays (a value a script left in it
     * survives), so does the scroll position, and the page's own scripts are not run again. A change to the page's
     * head (here its title) reloads it whole.
     */
    @Test
    void anEditOfTheTextUpdatesTheTabInPlaceAndAHeadChangeReloadsIt(@TempDir Path folder) throws Exception {
        Path project = SenVangProject.write(folder);
        Path section = project.resolve(SenVangProject.VI_SECTION);
        String original = Files.readString(section);
        // A long page, so that it can be scrolled, at an address that stays when its title changes.
        Files.writeString(section, original.replace("title: Tổng quan", "title: Tổng quan\nslug: tong-quan") + "\n"
                + "Đoạn văn dài về hoa sen.\n\n".repeat(200));
        try (Preview preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false,
                new PreviewTest.QuietListener())) {
            ChromeDriver browser = Chromium.start();
            try {
                WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
                browser.get(preview.address().resolve("vi/2020/tong-quan/").toString());
                wait.until(d -> preview.openTabs() == 1);
                browser.executeScript("window.scrollTo(0, 1500); window.sameDocument = true;");
                Object scrolled = browser.executeScript("return Math.round(window.scrollY)");

                Files.writeString(section, Files.readString(section).replace("xã viên trồng sen", "xã viên trồng sen hồng"));
                wait.until(d -> body(browser).contains("xã viên trồng sen hồng"));
                assertEquals(true, browser.executeScript("return window.sameDocument === true"), "the tab was reloaded, not updated in place");
                assertEquals(scrolled, browser.executeScript("return Math.round(window.scrollY)"));
                assertEquals(1, browser.findElements(By.cssSelector("script[src='/__baocao/reload.js']")).size());
                assertEquals(1, preview.openTabs(), "the reload script ran again and opened a second event stream");

                Files.writeString(section, Files.readString(section).replace("title: Tổng quan", "title: Tổng quan mới"));
                wait.until(d -> browser.getTitle().contains("Tổng quan mới"));
                assertEquals(false, browser.executeScript("return window.sameDocument === true"), "a new title was patched in, not reloaded");
            } finally {
                browser.quit();
            }
        }
    }

    private static String body(ChromeDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }
}
