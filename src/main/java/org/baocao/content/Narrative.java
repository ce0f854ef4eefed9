package org.baocao.content;

import java.util.Optional;
import org.baocao.source.SourceFile;

/**
 * A section in one language: front matter and the Markdown body.
 *
 * @param bodyLine the line of the file where the body starts, to position errors inside it
 */
public record Narrative(String language, SourceFile file, String title, String slug, Optional<String> summary,
                        String body, int bodyLine) {}
