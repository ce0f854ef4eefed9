package org.baocao.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Placeholders in rendered section HTML for links whose form depends on the edition: relative paths on the site,
 * in-document anchors in the PDF. Each writer replaces them with {@link #resolve}.
 */
public final class Links {
    /** Stands for the path from the page to the output folder: "../../../" on a section page. */
    public static final String ROOT = "baocao-root:/";
    /** {@code baocao-section:KEY} stands for another section of the same report and language. */
    public static final String SECTION = "baocao-section:";
    private static final Pattern SECTION_LINK = Pattern.compile(Pattern.quote(SECTION) + "([^\"#]+)(#[^\"]*)?");

    private Links() {}

    public interface SectionLinks {
        String href(String sectionKey, String fragment);
    }

    public static String resolve(String html, String root, SectionLinks sections) {
        String withRoot = html.replace(ROOT, root);
        if (!withRoot.contains(SECTION)) return withRoot;
        // The pattern is tried only where a placeholder is, not over the whole page.
        Matcher m = SECTION_LINK.matcher(withRoot);
        StringBuilder out = new StringBuilder(withRoot.length());
        int copied = 0;
        for (int at = withRoot.indexOf(SECTION); at >= 0; at = withRoot.indexOf(SECTION, at + 1)) {
            if (at < copied || !m.region(at, withRoot.length()).lookingAt()) continue;
            String fragment = m.group(2) == null ? "" : m.group(2).substring(1);
            out.append(withRoot, copied, at).append(sections.href(m.group(1), fragment));
            copied = m.end();
        }
        return out.append(withRoot, copied, withRoot.length()).toString();
    }
}
