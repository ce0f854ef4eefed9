package org.baocao.render;

import freemarker.template.TemplateException;
import java.io.IOException;
import org.baocao.source.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.chart.Chart;
import org.baocao.chart.ChartWords;
import org.baocao.chart.Series;
import org.baocao.chart.SvgChartRenderer;
import org.baocao.content.ChartSpec;
import org.baocao.content.DataSet;
import org.baocao.content.Report;
import org.baocao.content.TableSpec;
import org.baocao.i18n.Formats;
import org.baocao.i18n.Messages;
import org.baocao.render.model.ChartFigure;
import org.baocao.render.model.TableFigure;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * The charts and tables of one report in one language, numbered in reading order ("Hình 1", "Bảng 2"), so the
 * site and the PDF number them alike. One instance per report and language; not thread-safe.
 */
final class Figures implements FigureMaker {
    private final Report report;
    private final String language;
    private final Formats formats;
    private final Messages messages;
    private final SvgChartRenderer charts;
    private final Theme theme;
    /** Where the current section's problems go. */
    private Diagnostics diagnostics;
    private final Set<String> usedIds = new HashSet<>();
    /** Where each placed chart or table is, by its data id, for cross-references. */
    private final Map<String, Placed> placed = new LinkedHashMap<>();
    private final List<Reference> references = new ArrayList<>();
    /** Charts and tables that a directive failed to place, its error reported: references to them would only echo it. */
    private final Set<String> failedPlacements = new HashSet<>();
    private final List<DataDownload> downloads = new ArrayList<>();
    private String currentSection = "";
    private int figureCount;
    private int tableCount;

    record Placed(String sectionKey, String anchor, String label) {}

    private record Reference(String id, SourcePosition at) {}

    /**
     * What numbers and names the figures of the sections that follow, taken between two sections: two equal states
     * number the following sections' figures alike. Cross-references are not in it: they change no other section.
     */
    record State(int figureCount, int tableCount, Set<String> usedIds, Map<String, Placed> placed,
                 Set<String> failedPlacements, List<DataDownload> downloads) {}

    /** Ends the id of a chart's compact shape (see {@link SvgChartRenderer#renderCompact}). */
    private static final String COMPACT_SUFFIX = "-compact";

    private static final String REFERENCE_START = "<a class=\"xref\" href=\"baocao-ref:";
    private static final Pattern REFERENCE = Pattern.compile(Pattern.quote(REFERENCE_START) + "([^\"]+)\">[^<]*</a>");
    private static final Pattern REFERENCE_TEXT = Pattern.compile("\u27E6ref:([^\u27E7]+)\u27E7");

    /** @param seriesColors the brand's chart colours in order; empty for the default palette */
    Figures(Report report, String language, Formats formats, Messages messages, Theme theme, List<String> seriesColors) {
        this.report = report;
        this.theme = theme;
        this.language = language;
        this.formats = formats;
        this.messages = messages;
        this.charts = new SvgChartRenderer(formats.locale(), chartWords(messages), seriesColors);
    }

    static ChartWords chartWords(Messages messages) {
        return new ChartWords(messages.get("chart_bar"), messages.get("chart_column"), messages.get("chart_line"),
                messages.get("chart_pie"), messages.get("chart_unit"), messages.get("chart_total"),
                messages.get("chart_missing_value"), messages.get("chart_no_data"));
    }

    /**
     * The figures placed from now on are in this section (its file key), which cross-references link to; their
     * problems go to {@code diagnostics}.
     */
    void startSection(String sectionKey, Diagnostics diagnostics) {
        currentSection = sectionKey;
        this.diagnostics = diagnostics;
    }

    /** The numbering so far, to {@link #restore} for rendering the next section alone later. */
    State state() {
        return new State(figureCount, tableCount, Set.copyOf(usedIds), Collections.unmodifiableMap(new LinkedHashMap<>(placed)),
                Set.copyOf(failedPlacements), List.copyOf(downloads));
    }

    /** Takes up a numbering taken by {@link #state}; the cross-references noted so far stay, to be checked and resolved. */
    void restore(State state) {
        figureCount = state.figureCount();
        tableCount = state.tableCount();
        usedIds.clear();
        usedIds.addAll(state.usedIds());
        placed.clear();
        placed.putAll(state.placed());
        failedPlacements.clear();
        failedPlacements.addAll(state.failedPlacements());
        downloads.clear();
        downloads.addAll(state.downloads());
    }

    @Override
    public String ref(String id, SourcePosition at) {
        references.add(new Reference(id, at));
        String escaped = escape(id);
        return "<a class=\"xref\" href=\"baocao-ref:" + escaped + "\">\u27E6ref:" + escaped + "\u27E7</a>";
    }

    /**
     * The HTML with every cross-reference placeholder replaced by the figure's number, linked to it through a
     * {@link Links#SECTION} placeholder (a page of the site, an anchor of the PDF).
     */
    String resolveReferences(String html) {
        // The pattern is tried only where a placeholder begins: over every page it was a hundredth of a large build.
        Matcher m = REFERENCE.matcher(html);
        StringBuilder out = null;
        int copied = 0;
        for (int at = html.indexOf(REFERENCE_START); at >= 0; at = html.indexOf(REFERENCE_START, at + 1)) {
            if (at < copied || !m.region(at, html.length()).lookingAt()) continue;
            Placed target = placed.get(Parser.unescapeEntities(m.group(1), true));
            String link = target == null ? escape(m.group(1))
                    : "<a class=\"xref\" href=\"" + Links.SECTION + target.sectionKey() + "#" + target.anchor() + "\">" + escape(target.label()) + "</a>";
            if (out == null) out = new StringBuilder(html.length());
            out.append(html, copied, at).append(link);
            copied = m.end();
        }
        return out == null ? html : out.append(html, copied, html.length()).toString();
    }

    /** The plain text (for search) with every cross-reference placeholder replaced by the figure's number. */
    String resolveReferenceText(String text) {
        if (text.indexOf('\u27E6') < 0) return text;
        return REFERENCE_TEXT.matcher(text).replaceAll(r -> Matcher.quoteReplacement(
                Optional.ofNullable(placed.get(r.group(1))).map(Placed::label).orElse(r.group(1))));
    }

    /** Reports each cross-reference noted to a chart or table that this language's text does not place. */
    void checkReferences(Diagnostics diagnostics) {
        for (Reference reference : references) {
            if (placed.containsKey(reference.id()) || isReported(reference.id())) continue;
            List<String> all = new ArrayList<>(placed.keySet());
            String closest = Suggestions.closest(reference.id(), all);
            diagnostics.error(reference.at(), Message.REF_UNPLACED.with(reference.id()),
                    closest != null ? Message.HINT_DID_YOU_MEAN.with(closest)
                            : all.isEmpty() ? null : Message.HINT_PLACED_FIGURES_ARE.with(all));
        }
    }

    /**
     * Whether the chart or table is missing because of an error reported already: its data set's file or its
     * definition has errors, or a {@code <@chart>} or {@code <@table>} that tried to place it failed.
     */
    private boolean isReported(String id) {
        int dot = id.indexOf('.');
        if (dot < 0) return failedPlacements.contains(id);
        String dataSetName = id.substring(0, dot);
        DataSet dataSet = report.dataSets().get(dataSetName);
        return failedPlacements.contains(id) || report.unreadableDataSets().contains(dataSetName)
                || dataSet != null && dataSet.brokenFigures().contains(id.substring(dot + 1));
    }

    @Override
    public String chart(String id, SourcePosition at) {
        String html = placeChart(id, at);
        if (html == null) failedPlacements.add(id);
        return html;
    }

    private String placeChart(String id, SourcePosition at) {
        DataSet dataSet = dataSet(id, at, "chart");
        if (dataSet == null) return null;
        String name = id.substring(id.indexOf('.') + 1);
        ChartSpec spec = dataSet.charts().get(name);
        if (spec == null) {
            unknown(id, at, "chart", dataSet.charts().keySet(), dataSet.name());
            return null;
        }
        Chart chart = inLanguage(spec);
        String domId = uniqueId("chart-" + domName(id), COMPACT_SUFFIX);
        String number = messages.get("figure") + " " + (++figureCount);
        placed.putIfAbsent(id, new Placed(currentSection, domId + "-figure", number));
        String download = download(new DataDownload(domId + ".csv", number + ". " + chart.title(), chartRows(chart)));
        return markup("chart.ftlh", "chart", new ChartFigure(domId, number, chart.title(), charts.render(chart, domId),
                charts.renderCompact(chart, domId + COMPACT_SUFFIX), dataTable(chart), download), at);
    }

    /** The numbers behind a chart, for readers who cannot see it and for anyone who wants the exact values. */
    private TableFigure dataTable(Chart chart) {
        List<TableFigure.Column> columns = new ArrayList<>();
        columns.add(new TableFigure.Column("", false));
        chart.series().forEach(series -> columns.add(new TableFigure.Column(series.name(), false)));
        List<TableFigure.Row> rows = new ArrayList<>();
        for (int i = 0; i < chart.categories().size(); i++) {
            List<TableFigure.Cell> row = new ArrayList<>();
            row.add(new TableFigure.Cell(chart.categories().get(i), false, true));
            for (Series series : chart.series()) {
                BigDecimal value = series.values().get(i);
                row.add(new TableFigure.Cell(value == null ? "–" : formats.number(value), true, false));
            }
            rows.add(new TableFigure.Row(null, List.copyOf(row)));
        }
        return new TableFigure(null, null, null, List.copyOf(columns), List.copyOf(rows), null);
    }

    /** The figure drawn by the theme's macro, or null after a diagnostic that points into the macro's file. */
    private String markup(String file, String macro, Record figure, SourcePosition at) {
        String path = "macros/" + file;
        try {
            return theme.macro(path, macro, figure, messages.strings());
        } catch (TemplateException e) {
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            String sourceLine = line == 0 ? "" : theme.file(path).map(bytes -> new String(bytes, StandardCharsets.UTF_8).lines()
                    .skip(line - 1).findFirst().orElse("")).orElse("");
            diagnostics.error(new SourcePosition(theme.projectFile(path).isPresent() ? "templates/" + path : "(built-in theme) " + path,
                            line, e.getColumnNumber() == null ? 0 : e.getColumnNumber(), sourceLine),
                    Message.THEME_MACRO_FAILED, macro, at.file() + ":" + at.line(), problem(e));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile(theme.projectFile(path).isPresent() ? "templates/" + path : "(built-in theme) " + path),
                    Message.THEME_MACRO_UNREADABLE, e.getMessage());
        }
        return null;
    }

    /** FreeMarker's first line, and the expression it is about ("==> table.titel"), without the stack. */
    private static String problem(TemplateException e) {
        List<String> lines = e.getMessageWithoutStackTop().lines().toList();
        String expression = lines.stream().filter(l -> l.startsWith("==> ")).findFirst()
                .map(l -> l.substring(4).replaceFirst("\\s*\\[in template.*$", "").strip()).orElse("");
        return lines.isEmpty() ? "" : lines.get(0) + (expression.isEmpty() ? "" : " " + expression);
    }

    private Chart inLanguage(ChartSpec spec) {
        List<String> categories = spec.categories().stream().map(c -> c.in(language)).toList();
        List<Series> series = spec.series().stream()
                .map(s -> new Series(s.name().in(language), s.values()))
                .toList();
        return new Chart(spec.id(), spec.type(), spec.title().in(language),
                spec.unit().map(u -> u.in(language)).orElse(null), categories, series);
    }

    @Override
    public String table(String id, SourcePosition at) {
        String html = placeTable(id, at);
        if (html == null) failedPlacements.add(id);
        return html;
    }

    private String placeTable(String id, SourcePosition at) {
        DataSet dataSet = dataSet(id, at, "table");
        if (dataSet == null) return null;
        String name = id.substring(id.indexOf('.') + 1);
        TableSpec spec = dataSet.tables().get(name);
        if (spec == null) {
            unknown(id, at, "table", dataSet.tables().keySet(), dataSet.name());
            return null;
        }
        String domId = uniqueId("table-" + domName(id));
        String number = messages.get("table") + " " + (++tableCount);
        placed.putIfAbsent(id, new Placed(currentSection, domId, number));
        List<TableFigure.Column> columns = spec.columns().stream()
                .map(column -> new TableFigure.Column(column.label().in(language), column.isNumeric())).toList();
        List<TableFigure.Row> rows = new ArrayList<>();
        for (TableSpec.Row row : spec.rows()) {
            List<TableFigure.Cell> cells = new ArrayList<>();
            for (TableSpec.Column column : spec.columns()) {
                // The first column names the row, unless it holds numbers.
                boolean rowHeader = cells.isEmpty() && !column.isNumeric();
                cells.add(new TableFigure.Cell(cell(row.get(column.key()), column), column.isNumeric(), rowHeader));
            }
            rows.add(new TableFigure.Row(row.style() == TableSpec.RowStyle.NORMAL ? null : row.style().name().toLowerCase(Locale.ROOT),
                    List.copyOf(cells)));
        }
        String download = download(new DataDownload(domId + ".csv", number + ". " + spec.caption().in(language), tableRows(spec)));
        return markup("table.ftlh", "table", new TableFigure(domId, number, spec.caption().in(language), columns, List.copyOf(rows),
                download), at);
    }
    /** Keeps the figure's data for the site and the PDF; the link to it, which the site resolves from its page. */
    private String download(DataDownload download) {
        downloads.add(download);
        return Links.ROOT + DataDownload.sitePath(language, report.id(), download.fileName());
    }

    /** The CSV of a chart: its categories down the first column, a column per series. */
    private List<List<String>> chartRows(Chart chart) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add(chart.unit() == null ? messages.get("data_category") : messages.get("data_category") + " (" + chart.unit() + ")");
        chart.series().forEach(series -> header.add(series.name()));
        rows.add(header);
        for (int i = 0; i < chart.categories().size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(chart.categories().get(i));
            for (Series series : chart.series()) {
                BigDecimal value = series.values().get(i);
                row.add(value == null ? "" : value.toPlainString());
            }
            rows.add(row);
        }
        return rows;
    }

    /** The CSV of a table: its column labels, then each row's cells as data (numbers plain, at the printed decimals). */
    private List<List<String>> tableRows(TableSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(spec.columns().stream().map(c -> c.label().in(language)).toList());
        for (TableSpec.Row row : spec.rows()) {
            List<String> cells = new ArrayList<>();
            for (TableSpec.Column column : spec.columns()) cells.add(dataCell(row.get(column.key()), column));
            rows.add(cells);
        }
        return rows;
    }

    private String dataCell(YamlValue value, TableSpec.Column column) {
        if (value instanceof YamlValue.Scalar scalar) {
            BigDecimal number = scalar.number();
            if (number != null && column.isNumeric()) {
                Integer decimals = column.numbers().decimals();
                return (decimals == null ? number : number.setScale(decimals, RoundingMode.HALF_UP)).toPlainString();
            }
            if (scalar.value() instanceof LocalDate date) return date.toString();
            return scalar.value() == null ? "" : String.valueOf(scalar.value());
        }
        return cell(value, column);
    }

    /** The data of every chart and table placed so far, for the site's downloads and the PDF's attachments. */
    List<DataDownload> downloads() {
        return List.copyOf(downloads);
    }

    private String cell(YamlValue value, TableSpec.Column column) {
        if (value == null) return "";
        if (!(value instanceof YamlValue.Scalar scalar)) {
            // A localized text {vi: ..., en: ...}; loading already reported anything else.
            return value instanceof YamlValue.Mapping m && m.get(language) instanceof YamlValue.Scalar s
                    ? String.valueOf(s.value()) : fallbackText(value);
        }
        Object v = scalar.value();
        if (v == null) return "";
        BigDecimal number = scalar.number();
        if (number != null) {
            return switch (column.format()) {
                case PERCENT -> formats.percent(number, column.numbers());
                case CURRENCY -> formats.currency(number);
                case TEXT -> v.toString();
                default -> formats.number(number, column.numbers());
            };
        }
        if (v instanceof LocalDate date) return formats.date(date);
        return String.valueOf(v);
    }

    /** A localized text without this language: the default language's text, which loading warned about. */
    private static String fallbackText(YamlValue value) {
        if (value instanceof YamlValue.Mapping m) {
            return m.entries().values().stream().filter(v -> v instanceof YamlValue.Scalar)
                    .map(v -> String.valueOf(((YamlValue.Scalar) v).value())).findFirst().orElse("");
        }
        return "";
    }

    private DataSet dataSet(String id, SourcePosition at, String kind) {
        int dot = id.indexOf('.');
        DataSet dataSet = dot > 0 ? report.dataSets().get(id.substring(0, dot)) : null;
        if (dataSet == null && dot > 0 && report.unreadableDataSets().contains(id.substring(0, dot))) {
            return null; // the data set's own errors were reported
        }
        if (dataSet == null) {
            List<String> all = new ArrayList<>();
            report.dataSets().values().forEach(d -> (kind.equals("chart") ? d.charts() : d.tables()).keySet()
                    .forEach(name -> all.add(d.name() + "." + name)));
            String closest = Suggestions.closest(id, all);
            diagnostics.error(at, Message.UNKNOWN_FIGURE.with(kindWord(kind), id),
                    closest != null ? Message.HINT_DID_YOU_MEAN.with(closest)
                            : all.isEmpty() ? Message.HINT_DEFINE_FIGURE.with(kind)
                            : Message.HINT_FIGURES_ARE.with(kind, all));
        }
        return dataSet;
    }

    private void unknown(String id, SourcePosition at, String kind, Set<String> names, String dataSet) {
        String name = id.substring(id.indexOf('.') + 1);
        if (report.dataSets().get(dataSet).brokenFigures().contains(name)) return; // its definition's errors were reported
        String closest = Suggestions.closest(id.substring(id.indexOf('.') + 1), names);
        diagnostics.error(at, Message.UNKNOWN_FIGURE.with(kindWord(kind), id),
                closest != null ? Message.HINT_DID_YOU_MEAN_IN_DATA_SET.with(dataSet, closest)
                        : names.isEmpty() ? Message.HINT_DATA_SET_HAS_NO_FIGURES.with(dataSet, kind)
                        : Message.HINT_FIGURES_OF_DATA_SET.with(dataSet, kind, names));
    }

    /** "chart" or "table" as a word of the message; the keyword itself stays in the hints' examples. */
    private static Message kindWord(String kind) {
        return kind.equals("chart") ? Message.WORD_CHART : Message.WORD_TABLE;
    }

    /** An id no earlier figure took, neither as it is nor with any of {@code suffixes}, which are reserved with it. */
    private String uniqueId(String base, String... suffixes) {
        String id = base;
        for (int n = 2; isUsed(id, suffixes); n++) id = base + "-" + n;
        usedIds.add(id);
        for (String suffix : suffixes) usedIds.add(id + suffix);
        return id;
    }

    private boolean isUsed(String id, String... suffixes) {
        if (usedIds.contains(id)) return true;
        for (String suffix : suffixes) {
            if (usedIds.contains(id + suffix)) return true;
        }
        return false;
    }

    private static String domName(String id) {
        return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
