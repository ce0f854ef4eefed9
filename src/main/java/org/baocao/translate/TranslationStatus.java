package org.baocao.translate;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Language;
import org.baocao.i18n.Languages;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;

/**
 * Where each section of a report stands in each language. The default language is the source; a translation is
 * up to date when its source's fingerprint is the one recorded when the translation was last marked.
 */
public final class TranslationStatus {
    public enum State {
        SOURCE(Message.STATE_SOURCE), OK(Message.STATE_OK), MISSING(Message.STATE_MISSING), OUTDATED(Message.STATE_OUTDATED),
        NEVER_MARKED(Message.STATE_NEVER_MARKED), NO_SOURCE(Message.STATE_NO_SOURCE);

        private final Message label;

        State(Message label) {
            this.label = label;
        }

        /** In the language baocao speaks. */
        public String label() {
            return label.format();
        }
    }

    /**
     * One section in one language.
     *
     * @param file    the file relative to the report folder, "en/02-to-chuc.md"
     * @param mark    the last mark, when the translation was ever marked
     * @param changes for an outdated translation, what changed in its source since the mark
     */
    public record Entry(String section, String language, State state, String file, TranslationStore.Mark mark,
                        List<WordDiff.Change> changes) {}

    private TranslationStatus() {}

    /** By section key, then language in the site's order. Source files that cannot be read count as missing. */
    public static Map<String, Map<String, Entry>> of(Report report, Languages languages, ProjectFiles files, Diagnostics diagnostics) {
        TranslationStore store = TranslationStore.read(report.folder(), files, diagnostics);
        String source = languages.defaultLanguage().code();
        Map<String, Map<String, Entry>> result = new LinkedHashMap<>();
        for (String name : sectionFiles(report.folder(), languages)) {
            String key = name.replaceFirst("\\.md$", "");
            Map<String, Entry> byLanguage = new LinkedHashMap<>();
            SourceFile sourceFile = read(report.folder().resolve(source).resolve(name), files);
            for (Language language : languages.all()) {
                String file = language.code() + "/" + name;
                boolean exists = Files.isRegularFile(report.folder().resolve(file));
                TranslationStore.Mark mark = store.marks().get(file);
                State state;
                List<WordDiff.Change> changes = List.of();
                if (!exists) state = State.MISSING;
                else if (language.code().equals(source)) state = State.SOURCE;
                else if (sourceFile == null) state = State.NO_SOURCE;
                else if (mark == null) state = State.NEVER_MARKED;
                else if (mark.fingerprint().equals(Fingerprint.of(sourceFile.text()))) state = State.OK;
                else {
                    state = State.OUTDATED;
                    changes = WordDiff.between(mark.sourceText(), sourceFile.text());
                }
                byLanguage.put(language.code(), new Entry(key, language.code(), state, file, mark, changes));
            }
            result.put(key, byLanguage);
        }
        return result;
    }

    /** For check and build: a marked translation whose source changed since is a warning at the translation. */
    public static void warnOutdated(Project project, Report report, Diagnostics diagnostics) {
        ProjectFiles files = new ProjectFiles(project.root(), diagnostics);
        for (Map<String, Entry> byLanguage : of(report, project.site().languages(), files, diagnostics).values()) {
            for (Entry entry : byLanguage.values()) {
                if (entry.state() != State.OUTDATED) continue;
                String path = files.relative(report.folder().resolve(entry.file()));
                diagnostics.warning(new SourcePosition(path, 1, 1, ""),
                        Message.TRANSLATION_OUTDATED, entry.mark().source(),
                        entry.mark().marked() == null ? "" : Message.WORD_MARKED_ON.with(entry.mark().marked()), path);
            }
        }
    }

    private static SourceFile read(Path file, ProjectFiles files) {
        return Files.isRegularFile(file) ? files.read(file) : null;
    }

    /** The .md file names found in any language folder of the report, in order. */
    private static List<String> sectionFiles(Path reportFolder, Languages languages) {
        TreeSet<String> names = new TreeSet<>();
        for (String code : languages.codes()) {
            Path folder = reportFolder.resolve(code);
            if (!Files.isDirectory(folder)) continue;
            try (Stream<Path> entries = Files.list(folder)) {
                entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.startsWith(".")).forEach(names::add);
            } catch (IOException e) {
                // The loader reports folders it cannot list.
            }
        }
        return new ArrayList<>(names);
    }
}
