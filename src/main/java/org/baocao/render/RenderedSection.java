package org.baocao.render;

import java.util.List;
import org.baocao.content.Narrative;
import org.baocao.content.Section;
import org.baocao.render.model.Heading;

/**
 * A section in one language, evaluated and turned into HTML. The HTML still holds {@link Links} placeholders,
 * which the site and the PDF writers resolve each in their own way.
 */
public record RenderedSection(Section section, Narrative narrative, String html, List<Heading> headings, String plainText) {}
