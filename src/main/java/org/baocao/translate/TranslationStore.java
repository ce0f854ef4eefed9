package org.baocao.translate;

import org.baocao.source.Message;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourceFile;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A report's {@code translations.yaml}: for each translated file, the source text it was last marked up to date
 * with. The source text is kept whole (not only its fingerprint) so that {@code baocao translations} can show the
 * translator what changed since; it is written as a YAML block, one line per line, so that it reads and diffs well
 * in git.
 */
public final class TranslationStore {
    public static final String FILE_NAME = "translations.yaml";
    private static final String HEADER = """
            # Written by `baocao translations --mark`: which version of its source each translation is up to date with.
            # Commit it together with the translations. Each source_text is the source as it was when the translation
            # was marked, kept so that `baocao translations` can show what has changed since.
            """;

    /**
     * @param source     the source file, relative to the report folder ("vi/02-to-chuc.md")
     * @param sourceText the source as marked, whitespace at line ends removed
     */
    public record Mark(String source, String fingerprint, LocalDate marked, String sourceText) {}

    private final Path file;
    private final Map<String, Mark> marks;

    private TranslationStore(Path file, Map<String, Mark> marks) {
        this.file = file;
        this.marks = marks;
    }

    public static Path fileOf(Path reportFolder) {
        return reportFolder.resolve(FILE_NAME);
    }

    /** The report's marks by translated file ("en/02-to-chuc.md"); empty when none was marked yet. */
    public static TranslationStore read(Path reportFolder, ProjectFiles files, Diagnostics diagnostics) {
        Path file = fileOf(reportFolder);
        Map<String, Mark> marks = new TreeMap<>();
        if (!Files.isRegularFile(file)) return new TranslationStore(file, marks);
        SourceFile source = files.read(file);
        if (source == null) return new TranslationStore(file, marks);
        YamlValue root = new YamlParser(diagnostics).parse(source, source.text(), 1);
        if (!(root instanceof YamlValue.Mapping mapping)) {
            if (root != null) diagnostics.error(root.at(), Message.TRANSLATIONS_FILE_INVALID);
            return new TranslationStore(file, marks);
        }
        mapping.entries().forEach((translation, value) -> {
            MappingReader entry = MappingReader.of(value, Message.WORD_A_TRANSLATION_MARK, diagnostics);
            if (entry == null) return;
            YamlValue sourcePath = entry.required("source", "source: vi/" + Path.of(translation).getFileName());
            YamlValue fingerprint = entry.required("fingerprint", "fingerprint: sha256:…");
            YamlValue marked = entry.optional("marked");
            YamlValue text = entry.required("source_text", "source_text: |");
            entry.rejectUnknownKeys(Message.WORD_A_TRANSLATION_MARK);
            if (sourcePath == null || fingerprint == null || text == null) return;
            LocalDate date = marked instanceof YamlValue.Scalar s && s.value() instanceof LocalDate d ? d : null;
            marks.put(translation, new Mark(string(sourcePath), string(fingerprint), date, string(text)));
        });
        return new TranslationStore(file, marks);
    }

    private static String string(YamlValue value) {
        return value instanceof YamlValue.Scalar s && s.value() != null ? String.valueOf(s.value()) : "";
    }

    public Map<String, Mark> marks() {
        return Map.copyOf(marks);
    }

    public Path file() {
        return file;
    }

    public void mark(String translation, String source, String sourceText, LocalDate today) {
        String stored = storedText(sourceText);
        marks.put(translation, new Mark(source, Fingerprint.of(sourceText), today, stored));
    }

    /** Writes the file, dropping the marks of translations that no longer exist. */
    public void write() throws IOException {
        Path reportFolder = file.getParent();
        marks.keySet().removeIf(translation -> !Files.isRegularFile(reportFolder.resolve(translation)));
        List<NodeTuple> entries = new ArrayList<>();
        marks.forEach((translation, mark) -> {
            List<NodeTuple> fields = new ArrayList<>();
            fields.add(tuple("source", plain(mark.source())));
            fields.add(tuple("fingerprint", plain(mark.fingerprint())));
            if (mark.marked() != null) fields.add(tuple("marked", new ScalarNode(Tag.TIMESTAMP, mark.marked().toString(), null, null, DumperOptions.ScalarStyle.PLAIN)));
            fields.add(tuple("source_text", new ScalarNode(Tag.STR, mark.sourceText(), null, null, DumperOptions.ScalarStyle.LITERAL)));
            entries.add(tuple(translation, new MappingNode(Tag.MAP, fields, DumperOptions.FlowStyle.BLOCK)));
        });
        writeYaml(file, HEADER, entries);
    }

    /** A store file as baocao writes it: the header comment, then the entries in block style, Unicode kept. */
    static void writeYaml(Path file, String header, List<NodeTuple> entries) throws IOException {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter().append(header);
        if (!entries.isEmpty()) new Yaml(options).serialize(new MappingNode(Tag.MAP, entries, DumperOptions.FlowStyle.BLOCK), out);
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /** Line ends without trailing blanks and tabs as spaces: a literal YAML block can hold it, and the words are kept. */
    static String storedText(String text) {
        return text.replace('\t', ' ').replaceAll("[ \\u00A0]+(?=\n|$)", "").strip() + "\n";
    }

    private static NodeTuple tuple(String key, Node value) {
        return new NodeTuple(plain(key), value);
    }

    static ScalarNode plain(String value) {
        return new ScalarNode(Tag.STR, value, null, null, DumperOptions.ScalarStyle.PLAIN);
    }
}
