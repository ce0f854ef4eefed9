package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Requests are checked as text before they reach the file system, so the checks that protect a preview on Windows
 * run here on Linux too: a path the Windows file system would read outside the site is refused everywhere.
 */
class SitePathTest {

    @Test
    void windowsPathsThatWouldLeaveTheSiteAreRefused() {
        for (String path : new String[] {
                "/C:/Windows/win.ini",           // a drive: Path.resolve on Windows would return it as it is
                "/c:foo.html",                   // drive-relative
                "/index.html::$DATA",            // an NTFS stream
                "/..\\..\\Windows\\win.ini",     // backslash separators
                "/vi\\2020\\index.html",
                "//server/share/file.html",      // a UNC path once slashes are turned round
                "/vi/../../secret.txt"}) {
            assertFalse(SitePath.isSafe(path), path);
        }
    }

    @Test
    void encodedSeparatorsAreRefusedAfterDecoding() {
        assertFalse(SitePath.isSafe(SitePath.decode("/..%255c..%255cwin.ini")));
        assertFalse(SitePath.isSafe(SitePath.decode("/..%5c..%5cwin.ini")));
        assertFalse(SitePath.isSafe(SitePath.decode("/C%3a/Windows/win.ini")));
    }

    @Test
    void theSitesOwnPathsPass() {
        assertTrue(SitePath.isSafe("/vi/2016-2020/tong-quan/index.html"));
        assertTrue(SitePath.isSafe("/assets/fonts/NotoSans-Regular.woff2"));
        assertEquals("/vi/2020/bảo-cáo.pdf", SitePath.decode("/vi/2020/b%E1%BA%A3o-c%C3%A1o.pdf"));
    }
}
