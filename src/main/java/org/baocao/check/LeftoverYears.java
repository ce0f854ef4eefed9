package org.baocao.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.DataSet;
import org.baocao.content.Report;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.Phrase;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/**
 * In a report started with {@code baocao new report --from}, the year of the report it was started from left in a
 * title or a caption ("Lãi suất bình quân 2025" in the 2026 report): a warning at the year, until the text is
 * updated. The report is recognised by the first line {@code new report} writes into its report.yaml.
 */
final class LeftoverYears {
    private static final Pattern STARTED_FROM = Pattern.compile("# Started from report (\\S+) by baocao new report");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");

    private LeftoverYears() {}

    static void check(Path projectRoot, Report report, Diagnostics diagnostics) {
        Path reportYaml = report.folder().resolve("report.yaml");
        if (!Files.isRegularFile(reportYaml)) return;
        Diagnostics ignored = new Diagnostics(); // the loader reports the file's own problems
        SourceFile source = new ProjectFiles(projectRoot, ignored).read(reportYaml);
        if (source == null) return;
        Matcher started = STARTED_FROM.matcher(source.text());
        if (!started.lookingAt()) return;
        String previous = started.group(1);
        List<String> years = new ArrayList<>();
        for (Matcher m = YEAR.matcher(previous); m.find(); ) years.add(m.group());
        if (years.isEmpty()) return;
        List<Place> places = new ArrayList<>();
        if (new YamlParser(ignored).parse(source, source.text(), 1) instanceof YamlValue.Mapping root) {
            add(places, root.get("title"), Message.WORD_REPORT_TITLE.with());
            add(places, root.get("subtitle"), Message.WORD_REPORT_SUBTITLE.with());
        }
        for (DataSet dataSet : report.dataSets().values()) {
            dataSet.charts().keySet().forEach(id -> add(places, dataSet.lookup("charts." + id + ".title"), Message.WORD_CHART_TITLE_OF.with(dataSet.name() + "." + id)));
            dataSet.tables().keySet().forEach(id -> add(places, dataSet.lookup("tables." + id + ".caption"), Message.WORD_TABLE_CAPTION_OF.with(dataSet.name() + "." + id)));
        }
        for (Place place : places) {
            for (String year : years) {
                Matcher m = Pattern.compile("(?<![0-9])" + year + "(?![0-9])").matcher(place.text());
                if (!m.find()) continue;
                SourcePosition at = place.at();
                int column = at.sourceLine().indexOf(place.text());
                SourcePosition there = column < 0 ? at : new SourcePosition(at.file(), at.line(), column + m.start() + 1, at.sourceLine());
                diagnostics.warning(there, Message.LEFTOVER_YEAR, year, previous, place.what(), started.group());
            }
        }
    }

    private record Place(String text, SourcePosition at, Phrase what) {}

    /** Each language's text of a localized text, or the one text. */
    private static void add(List<Place> places, YamlValue value, Phrase what) {
        if (value instanceof YamlValue.Scalar s && s.value() instanceof String text) places.add(new Place(text, s.at(), what));
        if (value instanceof YamlValue.Mapping m) m.entries().values().forEach(v -> add(places, v, what));
    }
}
