package org.baocao.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlValue;

/**
 * Last year's data set with its figures taken out: every number and date becomes {@code null}, edited in the text so
 * that its layout and comments stay as the team wrote them. Texts (labels, captions, names) and chart categories
 * are kept, so next year's file shows what to fill in and the charts keep their shape.
 */
final class DataClearer {
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?(0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|\\.[0-9]+([eE][-+]?[0-9]+)?)");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");

    private DataClearer() {}

    private record Span(int line, int column, int length) {}

    static String clear(SourceFile file, YamlValue.Mapping root) {
        List<String> lines = new ArrayList<>(List.of(file.text().split("\n", -1)));
        List<Span> spans = new ArrayList<>();
        collect(root, List.of(), lines, spans);
        // Right to left, so earlier columns on the same line stay valid.
        spans.stream().distinct().sorted(Comparator.comparingInt(Span::line).thenComparing(Span::column, Comparator.reverseOrder()))
                .forEach(span -> {
                    String line = lines.get(span.line() - 1);
                    int start = span.column() - 1;
                    lines.set(span.line() - 1, line.substring(0, start) + "null" + line.substring(start + span.length()));
                });
        return String.join("\n", lines);
    }

    private static void collect(YamlValue value, List<String> path, List<String> lines, List<Span> spans) {
        if (value instanceof YamlValue.Mapping mapping) {
            mapping.entries().forEach((key, child) -> collect(child, append(path, key), lines, spans));
        } else if (value instanceof YamlValue.Sequence sequence) {
            if (isChartCategories(path)) return;
            sequence.items().forEach(item -> collect(item, append(path, "-"), lines, spans));
        } else if (value instanceof YamlValue.Scalar scalar && (scalar.number() != null || scalar.value() instanceof LocalDate)) {
            span(scalar, lines).ifPresent(spans::add);
        }
    }

    private static boolean isChartCategories(List<String> path) {
        return path.size() == 3 && path.get(0).equals("charts") && path.get(2).equals("categories");
    }

    /** Where the scalar is written; empty when it is not written plainly there (an alias, say): then it is left. */
    private static Optional<Span> span(YamlValue.Scalar scalar, List<String> lines) {
        int line = scalar.at().line();
        int column = scalar.at().column();
        if (line < 1 || line > lines.size() || column < 1) return Optional.empty();
        String text = lines.get(line - 1);
        if (column - 1 > text.length()) return Optional.empty();
        Pattern pattern = scalar.value() instanceof LocalDate ? DATE : NUMBER;
        Matcher matcher = pattern.matcher(text).region(column - 1, text.length());
        return matcher.lookingAt() ? Optional.of(new Span(line, column, matcher.end() - matcher.start())) : Optional.empty();
    }

    private static List<String> append(List<String> path, String key) {
        List<String> longer = new ArrayList<>(path);
        longer.add(key);
        return longer;
    }
}
