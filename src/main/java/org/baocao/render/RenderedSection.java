package org.baocao.render;

import java.util.List;
import java.util.Set;
import org.baocao.content.Narrative;
import org.baocao.content.Section;
import org.baocao.render.model.Heading;

/**
 * A section in one language, evaluated and turned into HTML. The HTML still holds {@link Links} placeholders,
 * which the site and the PDF writers resolve each in their own way.
 *
 * @param anchors the ids in the HTML and the links to a place in a page, noted while the HTML was parsed once
 */
public record RenderedSection(Section section, Narrative narrative, String html, List<Heading> headings, String plainText,
                              Anchors anchors) {
    /**
     * @param ids       every {@code id} in the section's HTML
     * @param fragments the {@code href} of every link to a place in a page: {@code #x} or a section link with {@code #x}
     */
    public record Anchors(Set<String> ids, List<String> fragments) {}
}
