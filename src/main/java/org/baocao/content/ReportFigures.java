package org.baocao.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.Phrase;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/**
 * Every report's data sets as written, by report id, so that one report can name another's figure,
 * {@code 2024/finance.total_assets}, instead of typing it again: a five-year table repeats nothing.
 *
 * @param data       per report id, its data sets' contents by name
 * @param unreadable per report id, the names of its data sets whose files have errors (already reported)
 */
public record ReportFigures(Map<String, Map<String, YamlValue.Mapping>> data, Map<String, Set<String>> unreadable) {
    /** REPORT-ID/dataset.key: a report folder's name, a slash, then a figure as the report itself names it. */
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z0-9][A-Za-z0-9._-]*)/([A-Za-z_][A-Za-z0-9_]*)\\.(\\S+)");

    /** The figures of these loaded reports. */
    public static ReportFigures of(List<Report> reports) {
        Map<String, Map<String, YamlValue.Mapping>> data = new LinkedHashMap<>();
        Map<String, Set<String>> unreadable = new LinkedHashMap<>();
        for (Report report : reports) {
            Map<String, YamlValue.Mapping> roots = new LinkedHashMap<>();
            report.dataSets().forEach((name, set) -> roots.put(name, set.root()));
            data.put(report.id(), roots);
            unreadable.put(report.id(), report.unreadableDataSets());
        }
        return new ReportFigures(data, unreadable);
    }

    public static boolean isReference(String text) {
        return REFERENCE.matcher(text).matches();
    }

    /** The report id of a reference, "2024" of "2024/finance.total_assets". */
    public static String reportOf(String reference) {
        return reference.substring(0, reference.indexOf('/'));
    }

    /** The value the reference names, or empty when the report, the data set or the key does not exist. */
    public Optional<YamlValue> resolve(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        if (!m.matches()) return Optional.empty();
        Map<String, YamlValue.Mapping> report = data.get(m.group(1));
        YamlValue.Mapping dataSet = report == null ? null : report.get(m.group(2));
        return dataSet == null ? Optional.empty() : Optional.ofNullable(DataSet.lookup(dataSet, m.group(3)));
    }

    /** Whether the reference is into a data set whose own errors were reported: saying more would only echo them. */
    public boolean isUnreadable(String reference) {
        Matcher m = REFERENCE.matcher(reference);
        return m.matches() && unreadable.getOrDefault(m.group(1), Set.of()).contains(m.group(2));
    }

    /** What is wrong with a reference that does not resolve, and the hint: a did-you-mean over that report's figures. */
    public Phrase[] problem(String reference) {
        String id = reportOf(reference);
        if (!data.containsKey(id)) {
            String closest = Suggestions.closest(id, data.keySet());
            return new Phrase[] {Message.OTHER_REPORT_MISSING.with(id, reference, String.join(", ", data.keySet())),
                    closest != null ? Message.HINT_DID_YOU_MEAN.with(closest + "/" + reference.substring(id.length() + 1)) : null};
        }
        String closest = closestFigure(reference);
        Map<String, YamlValue.Mapping> report = data.get(id);
        return new Phrase[] {Message.OTHER_REPORT_FIGURE_UNKNOWN.with(reference, id, String.join(", ", report.keySet())),
                closest != null ? Message.HINT_DID_YOU_MEAN.with(closest) : report.isEmpty() ? Message.HINT_REPORT_HAS_NO_DATA.with(id) : null};
    }

    /** The figure of the reference's report closest to it, "2024/finance.total_assets", or null. */
    public String closestFigure(String reference) {
        String id = reportOf(reference);
        Map<String, YamlValue.Mapping> report = data.getOrDefault(id, Map.of());
        List<String> paths = new ArrayList<>();
        report.forEach((name, root) -> collect(id + "/" + name, root, paths));
        return Suggestions.closest(reference, paths);
    }

    /** Reports the reference that does not resolve. */
    public void report(SourcePosition at, String reference, Diagnostics diagnostics) {
        Phrase[] problem = problem(reference);
        if (problem[1] == null) diagnostics.add(Diagnostic.error(at, problem[0], null));
        else diagnostics.error(at, problem[0], problem[1]);
    }

    private static void collect(String prefix, YamlValue value, List<String> into) {
        if (value instanceof YamlValue.Mapping m) {
            m.entries().forEach((key, child) -> {
                if (!key.equals("charts") && !key.equals("tables")) collect(prefix + "." + key, child, into);
            });
        } else {
            into.add(prefix);
        }
    }
}
