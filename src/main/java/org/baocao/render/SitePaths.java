package org.baocao.render;

import org.baocao.content.Narrative;
import org.baocao.content.Report;
import org.baocao.i18n.Slugs;

/** Where each page and PDF lives in the output folder, relative to it. Folder pages end with '/'. */
public final class SitePaths {
    private SitePaths() {}

    public static String archive(String language) {
        return language + "/";
    }

    /** The search page of one language; it searches every language. */
    public static String search(String language) {
        return language + "/search/";
    }

    public static String report(String language, Report report) {
        return language + "/" + report.id() + "/";
    }

    public static String section(String language, Report report, Narrative narrative) {
        return report(language, report) + narrative.slug() + "/";
    }

    public static String pdf(String language, Report report) {
        return report(language, report) + Slugs.of(report.title().in(language)) + ".pdf";
    }

    /** The file a folder page is written to. */
    public static String file(String pagePath) {
        return pagePath.isEmpty() || pagePath.endsWith("/") ? pagePath + "index.html" : pagePath;
    }

    /** From a page to the output folder: "" at the top, "../../" two folders down. */
    public static String root(String pagePath) {
        int depth = (int) pagePath.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * A link from one page to another that works everywhere, opened from disk included: relative, and naming
     * index.html, which a file:// browser would not add by itself.
     */
    public static String href(String fromPage, String toPath) {
        return root(fromPage) + file(toPath);
    }
}
