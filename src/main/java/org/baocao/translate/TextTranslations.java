package org.baocao.translate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Languages;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * The localized texts of the YAML files ({@code {vi: ..., en: ...}} in site.yaml, report.yaml and the data files:
 * chart titles, labels, captions), tracked like sections: when a text's source-language value changes after its
 * file was marked up to date, its translations are outdated. The marks live in content/text-translations.yaml, one
 * per text, keyed by file and path ("reports/2025/data/finance.yaml#charts.rates.title"), with the source text as it
 * was marked, so that {@code baocao translations} can show the word diff.
 */
public final class TextTranslations {
    public static final String FILE_NAME = "text-translations.yaml";
    private static final String HEADER = """
            # Written by `baocao translations --mark FILE.yaml`: the source-language text of each localized text of the
            # YAML files as it was when its translations were marked up to date. Commit it with the content.
            """;

    /**
     * One localized text.
     *
     * @param file         relative to the project, "content/reports/2025/data/finance.yaml"
     * @param path         where it is in the file, "charts.rates.title"
     * @param translations per translated language, where its text is written
     */
    public record Text(String file, String path, String sourceText, Map<String, SourcePosition> translations) {
        String key() {
            return file.replaceFirst("^content/", "") + "#" + path;
        }
    }

    public record Mark(String sourceText, LocalDate marked) {}

    /** A translation of a text that is not up to date: never marked, or its source changed since. */
    public record Entry(Text text, String language, TranslationStatus.State state, Mark mark, List<WordDiff.Change> changes) {}

    private final Path storeFile;
    private final Map<String, Mark> marks;
    private final List<Text> texts;

    private TextTranslations(Path storeFile, Map<String, Mark> marks, List<Text> texts) {
        this.storeFile = storeFile;
        this.marks = marks;
        this.texts = texts;
    }

    public static TextTranslations of(Project project, Diagnostics diagnostics) {
        ProjectFiles files = new ProjectFiles(project.root(), diagnostics);
        Languages languages = project.site().languages();
        List<Text> texts = new ArrayList<>();
        for (Path file : yamlFiles(project)) texts.addAll(texts(file, files, languages));
        Path storeFile = project.root().resolve("content").resolve(FILE_NAME);
        return new TextTranslations(storeFile, readMarks(storeFile, files, diagnostics), texts);
    }

    public List<Text> texts() {
        return texts;
    }

    /** Every translation that is not up to date, in file order. */
    public List<Entry> notUpToDate() {
        List<Entry> entries = new ArrayList<>();
        for (Text text : texts) {
            Mark mark = marks.get(text.key());
            for (String language : text.translations().keySet()) {
                if (mark == null) {
                    entries.add(new Entry(text, language, TranslationStatus.State.NEVER_MARKED, null, List.of()));
                } else if (!normalized(mark.sourceText()).equals(normalized(text.sourceText()))) {
                    entries.add(new Entry(text, language, TranslationStatus.State.OUTDATED, mark,
                            WordDiff.between(mark.sourceText(), text.sourceText())));
                }
            }
        }
        return entries;
    }

    /** Marks every text of the file up to date; returns how many. */
    public int mark(String file, LocalDate today) {
        int count = 0;
        for (Text text : texts) {
            if (!text.file().equals(file)) continue;
            marks.put(text.key(), new Mark(text.sourceText(), today));
            count++;
        }
        return count;
    }

    public Path storeFile() {
        return storeFile;
    }

    /** Writes the marks, dropping those of texts that no longer exist. */
    public void write() throws IOException {
        List<String> current = texts.stream().map(Text::key).toList();
        marks.keySet().retainAll(current);
        List<NodeTuple> entries = new ArrayList<>();
        marks.forEach((key, mark) -> {
            List<NodeTuple> fields = new ArrayList<>();
            fields.add(new NodeTuple(TranslationStore.plain("source_text"), new ScalarNode(Tag.STR, mark.sourceText(), null, null, DumperOptions.ScalarStyle.DOUBLE_QUOTED)));
            if (mark.marked() != null) {
                fields.add(new NodeTuple(TranslationStore.plain("marked"), new ScalarNode(Tag.TIMESTAMP, mark.marked().toString(), null, null, DumperOptions.ScalarStyle.PLAIN)));
            }
            entries.add(new NodeTuple(TranslationStore.plain(key), new MappingNode(Tag.MAP, fields, DumperOptions.FlowStyle.BLOCK)));
        });
        TranslationStore.writeYaml(storeFile, HEADER, entries);
    }

    /** The YAML files whose texts are tracked: site.yaml, and each report's report.yaml and data files. */
    public static List<Path> yamlFiles(Project project) {
        List<Path> files = new ArrayList<>();
        files.add(project.root().resolve("content/site.yaml"));
        for (Report report : project.allReports()) {
            files.add(report.folder().resolve("report.yaml"));
            Path data = report.folder().resolve("data");
            if (!Files.isDirectory(data)) continue;
            try (Stream<Path> entries = Files.list(data)) {
                entries.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().forEach(files::add);
            } catch (IOException e) {
                // the loader reports folders it cannot list
            }
        }
        return files;
    }

    private static List<Text> texts(Path file, ProjectFiles files, Languages languages) {
        if (!Files.isRegularFile(file)) return List.of();
        Diagnostics ignored = new Diagnostics(); // the loader reports the file's own problems
        SourceFile source = new ProjectFiles(files.root(), ignored).read(file);
        if (source == null) return List.of();
        YamlValue root = new YamlParser(ignored).parse(source, source.text(), 1);
        List<Text> texts = new ArrayList<>();
        if (root != null) collect(source.path(), "", root, languages, texts);
        return texts;
    }

    private static void collect(String file, String path, YamlValue value, Languages languages, List<Text> into) {
        if (value instanceof YamlValue.Sequence s) {
            for (int i = 0; i < s.items().size(); i++) collect(file, join(path, String.valueOf(i)), s.items().get(i), languages, into);
        } else if (value instanceof YamlValue.Mapping m) {
            String source = languages.defaultLanguage().code();
            boolean localized = !m.entries().isEmpty() && m.entries().keySet().stream().allMatch(languages::contains);
            if (localized && m.get(source) instanceof YamlValue.Scalar s && s.value() instanceof String text) {
                Map<String, SourcePosition> translations = new LinkedHashMap<>();
                m.entries().forEach((language, translated) -> {
                    if (!language.equals(source)) translations.put(language, translated.at());
                });
                if (!translations.isEmpty()) into.add(new Text(file, path, text, translations));
                return;
            }
            m.entries().forEach((key, child) -> collect(file, join(path, key), child, languages, into));
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Whitespace does not make a translation outdated, as with sections. */
    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static Map<String, Mark> readMarks(Path file, ProjectFiles files, Diagnostics diagnostics) {
        Map<String, Mark> marks = new TreeMap<>();
        if (!Files.isRegularFile(file)) return marks;
        SourceFile source = files.read(file);
        if (source == null) return marks;
        YamlValue root = new YamlParser(diagnostics).parse(source, source.text(), 1);
        if (!(root instanceof YamlValue.Mapping mapping)) return marks;
        mapping.entries().forEach((key, value) -> {
            MappingReader entry = MappingReader.of(value, "a text's mark", diagnostics);
            if (entry == null) return;
            YamlValue text = entry.required("source_text", "source_text: \"...\"");
            YamlValue marked = entry.optional("marked");
            entry.rejectUnknownKeys("a text's mark");
            if (!(text instanceof YamlValue.Scalar s) || s.value() == null) return;
            marks.put(key, new Mark(String.valueOf(s.value()), marked instanceof YamlValue.Scalar d && d.value() instanceof LocalDate date ? date : null));
        });
        return marks;
    }
}
