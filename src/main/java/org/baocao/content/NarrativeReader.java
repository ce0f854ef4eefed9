package org.baocao.content;

import org.baocao.source.Message;
import java.util.Optional;
import org.baocao.i18n.Slugs;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/** Splits a section file into its YAML front matter (between '---' lines) and its Markdown body. */
final class NarrativeReader {
    private NarrativeReader() {}

    static Narrative read(SourceFile file, String language, YamlParser yaml, Diagnostics diagnostics) {
        String text = file.text();
        if (!text.startsWith("---\n")) {
            diagnostics.error(SourcePosition.of(file, 1, 1), Message.NO_FRONT_MATTER);
            return null;
        }
        int end = text.indexOf("\n---\n", 3);
        boolean endsAtEof = end < 0 && text.endsWith("\n---");
        if (end < 0 && !endsAtEof) {
            diagnostics.error(SourcePosition.of(file, 1, 1), Message.FRONT_MATTER_NOT_CLOSED);
            return null;
        }
        if (endsAtEof) end = text.length() - 4;
        String frontMatter = text.substring(4, end + 1);
        int bodyStart = Math.min(text.length(), end + 5);
        int bodyLine = (int) text.substring(0, bodyStart).chars().filter(c -> c == '\n').count() + 1;

        YamlValue root = yaml.parse(file, frontMatter, 2);
        if (root == null) return null;
        MappingReader front = MappingReader.of(root, Message.WORD_THE_FRONT_MATTER, diagnostics);
        if (front == null) return null;
        YamlValue title = front.required("title", "title: Tổ chức bộ máy");
        YamlValue slug = front.optional("slug");
        YamlValue summary = front.optional("summary");
        front.rejectUnknownKeys(Message.WORD_THE_FRONT_MATTER);
        if (title == null) return null;
        String titleText = text(title, "title", diagnostics);
        if (titleText == null) return null;
        String slugText = slug == null ? Slugs.of(titleText) : text(slug, "slug", diagnostics);
        if (slugText == null) return null;
        if (slug != null && !slugText.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            diagnostics.error(slug.at(), Message.SLUG_INVALID, slugText, Slugs.of(slugText));
            return null;
        }
        Optional<String> summaryText = summary == null ? Optional.empty() : Optional.ofNullable(text(summary, "summary", diagnostics));
        return new Narrative(language, file, titleText, slugText, summaryText, text.substring(bodyStart), bodyLine);
    }

    private static String text(YamlValue value, String what, Diagnostics diagnostics) {
        if (value instanceof YamlValue.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return String.valueOf(s.value()).strip();
        }
        diagnostics.error(value.at(), Message.TEXT_EXPECTED, what, YamlValue.kind(value));
        return null;
    }
}
