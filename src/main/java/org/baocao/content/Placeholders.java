package org.baocao.content;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;

/**
 * Sections and site settings not written yet. {@code baocao new report} gives each section of next year's report a short placeholder
 * body holding the {@link #MARKER} line; every check lists each one as a to-do (a warning, so the report still
 * builds while it is being written, and {@code --strict} refuses to publish it once it is no longer a draft).
 */
public final class Placeholders {
    /** An HTML comment: FreeMarker and Markdown leave it as it is and no reader sees it. */
    public static final String MARKER = "<!-- baocao:todo -->";
    /** The same in site.yaml, as a YAML comment after a value to replace. */
    public static final String YAML_MARKER = "# baocao:todo";

    private Placeholders() {}

    /** The body of a section still to be written, in the section's language (English for any other). */
    public static String body(String language) {
        String sentence = language.equals("vi")
                ? "*Nội dung mục này đang được soạn thảo.* Thay đoạn này bằng nội dung của mục, rồi xoá dòng trên."
                : "*This section is being written.* Replace this paragraph with the section's text, then delete the line above.";
        return MARKER + "\n\n" + sentence + "\n";
    }

    public static void warn(Project project, Diagnostics diagnostics) {
        for (Report report : project.reports()) {
            for (Section section : report.sections()) {
                for (Narrative narrative : section.narratives().values()) {
                    // Splitting every narrative into lines at every load was 6% of a 1,000-page preview's save.
                    if (!narrative.body().contains(MARKER)) continue;
                    List<String> lines = narrative.body().lines().toList();
                    for (int i = 0; i < lines.size(); i++) {
                        if (lines.get(i).strip().equals(MARKER)) {
                            diagnostics.warning(SourcePosition.of(narrative.file(), narrative.bodyLine() + i, 1),
                                    Message.PLACEHOLDER_SECTION, MARKER);
                        }
                    }
                }
            }
        }
        siteYamlPlaceholders(project.root(), diagnostics);
    }

    /**
     * {@code baocao new site} marks the values of site.yaml the team must replace with a comment
     * {@code # baocao:todo <what to write>}; each is a to-do until the comment is deleted.
     */
    private static void siteYamlPlaceholders(Path projectRoot, Diagnostics diagnostics) {
        Path siteYaml = projectRoot.resolve("content/site.yaml");
        List<String> lines;
        try {
            lines = SourceFile.normalize(Files.readString(siteYaml)).lines().toList();
        } catch (IOException e) {
            return; // loading the project reported it
        }
        SourceFile file = new SourceFile("content/site.yaml", String.join("\n", lines));
        for (int i = 0; i < lines.size(); i++) {
            int marker = lines.get(i).indexOf(YAML_MARKER);
            if (marker < 0) continue;
            String todo = lines.get(i).substring(marker + YAML_MARKER.length()).strip();
            diagnostics.warning(SourcePosition.of(file, i + 1, marker + 1),
                    Message.PLACEHOLDER_VALUE, todo.isEmpty() ? Message.WORD_REPLACE_THIS_VALUE : todo, YAML_MARKER);
        }
    }
}
