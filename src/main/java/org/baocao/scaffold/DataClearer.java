package org.baocao.scaffold;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.ReportFigures;
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

    /**
     * @param yearShift how many years the new report is after the one started from: references to other reports'
     *                  figures ({@code 2024/finance.total_assets}) move on by as much, so that a five-year table keeps
     *                  taking its earlier years from the reports that hold them
     */
    static String clear(SourceFile file, YamlValue.Mapping root, int yearShift) {
        List<String> lines = new ArrayList<>(List.of(file.text().split("\n", -1)));
        List<Span> spans = new ArrayList<>();
        List<Reference> references = new ArrayList<>();
        collect(file.path(), root, List.of(), lines, spans, references);
        for (Reference reference : references) {
            String line = lines.get(reference.line() - 1);
            int start = reference.column() - 1;
            lines.set(reference.line() - 1, line.substring(0, start)
                    + NewReport.shiftYears(reference.reportId(), yearShift) + line.substring(start + reference.reportId().length()));
        }
        // Right to left, so earlier columns on the same line stay valid.
        spans.stream().distinct().sorted(Comparator.comparingInt(Span::line).thenComparing(Span::column, Comparator.reverseOrder()))
                .forEach(span -> {
                    String line = lines.get(span.line() - 1);
                    int start = span.column() - 1;
                    lines.set(span.line() - 1, line.substring(0, start) + "null" + line.substring(start + span.length()));
                });
        return String.join("\n", lines);
    }

    /** Where a reference's report id is written, to move it on. */
    private record Reference(int line, int column, String reportId) {}

    /**
     * @param file values written elsewhere (cells of a spreadsheet, which the data set names) are not the file's to
     *             clear: the reference to them stays, and the new year's spreadsheet gives the new values
     */
    private static void collect(String file, YamlValue value, List<String> path, List<String> lines, List<Span> spans,
                                List<Reference> references) {
        if (value instanceof YamlValue.Mapping mapping) {
            mapping.entries().forEach((key, child) -> collect(file, child, append(path, key), lines, spans, references));
        } else if (value instanceof YamlValue.Sequence sequence) {
            if (isChartCategories(path)) return;
            sequence.items().forEach(item -> collect(file, item, append(path, "-"), lines, spans, references));
        } else if (value instanceof YamlValue.Scalar scalar && file.equals(scalar.at().file())) {
            if (scalar.value() instanceof String text && ReportFigures.isReference(text)) {
                reference(scalar, text, lines).ifPresent(references::add);
            } else if ((scalar.number() != null && !isYearOfHistory(path, scalar)) || scalar.value() instanceof LocalDate) {
                span(scalar, lines).ifPresent(spans::add);
            }
        }
    }

    /**
     * A year that dates something lasting, such as the year a board member has served since: history, not this year's
     * figure, so it stays. Recognised by its key ({@code since}, {@code year}, {@code founded}, {@code established},
     * or one ending in {@code _year} or {@code _since}) and a value that is a plausible year.
     */
    private static boolean isYearOfHistory(List<String> path, YamlValue.Scalar scalar) {
        String key = path.isEmpty() ? "" : path.get(path.size() - 1);
        boolean yearKey = key.equals("since") || key.equals("year") || key.equals("founded") || key.equals("established")
                || key.endsWith("_year") || key.endsWith("_since");
        return yearKey && scalar.value() instanceof Long year && year >= 1900 && year <= 2100;
    }

    private static Optional<Reference> reference(YamlValue.Scalar scalar, String text, List<String> lines) {
        int line = scalar.at().line();
        if (line < 1 || line > lines.size()) return Optional.empty();
        String written = lines.get(line - 1);
        String id = ReportFigures.reportOf(text);
        int column = scalar.at().column();
        // A quoted reference starts after its quote.
        int start = written.indexOf(text, Math.max(0, column - 1));
        return start < 0 ? Optional.empty() : Optional.of(new Reference(line, start + 1, id));
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
