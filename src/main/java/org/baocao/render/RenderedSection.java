package org.baocao.render;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.baocao.content.Narrative;
import org.baocao.content.Section;
import org.baocao.render.model.Heading;

/**
 * A section in one language, evaluated and turned into HTML. The HTML still holds {@link Links} placeholders,
 * which the site and the PDF writers resolve each in their own way.
 *
 * <p>The HTML and the plain text are kept in UTF-8 until they are written: every section of a build stays in
 * memory until the site is written, and a string of Vietnamese takes two bytes a character (a large site's sections
 * were a third of its memory). Each {@link #html()} and {@link #plainText()} decodes them again.
 */
public final class RenderedSection {
    private final Section section;
    private final Narrative narrative;
    /** In UTF-8, or the string itself when it has a lone surrogate, which UTF-8 cannot hold. */
    private final Object html;
    private final List<Heading> headings;
    private final Object plainText;
    private final Anchors anchors;

    /**
     * @param anchors the ids in the HTML and the links to a place in a page, noted while the HTML was parsed once
     */
    public RenderedSection(Section section, Narrative narrative, String html, List<Heading> headings, String plainText,
                           Anchors anchors) {
        this(section, narrative, compact(html), headings, compact(plainText), anchors);
    }

    private RenderedSection(Section section, Narrative narrative, Object html, List<Heading> headings, Object plainText,
                            Anchors anchors) {
        this.section = section;
        this.narrative = narrative;
        this.html = html;
        this.headings = headings;
        this.plainText = plainText;
        this.anchors = anchors;
    }

    /** The same rendering, for the same section as loaded again (the preview keeps renderings across loads). */
    public RenderedSection of(Section section, Narrative narrative) {
        return new RenderedSection(section, narrative, html, headings, plainText, anchors);
    }

    public Section section() {
        return section;
    }

    public Narrative narrative() {
        return narrative;
    }

    public String html() {
        return text(html);
    }

    public List<Heading> headings() {
        return headings;
    }

    public String plainText() {
        return text(plainText);
    }

    public Anchors anchors() {
        return anchors;
    }

    private static Object compact(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        // UTF-8 writes a lone surrogate as '?': without one in the bytes there is none in the text.
        for (byte b : utf8) {
            if (b == '?') return hasLoneSurrogate(text) ? text : utf8;
        }
        return utf8;
    }

    private static boolean hasLoneSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) i++;
            else if (Character.isSurrogate(c)) return true;
        }
        return false;
    }

    private static String text(Object kept) {
        return kept instanceof byte[] utf8 ? new String(utf8, StandardCharsets.UTF_8) : (String) kept;
    }

    /**
     * @param ids       every {@code id} in the section's HTML
     * @param fragments the {@code href} of every link to a place in a page: {@code #x} or a section link with {@code #x}
     */
    public record Anchors(Set<String> ids, List<String> fragments) {}
}
