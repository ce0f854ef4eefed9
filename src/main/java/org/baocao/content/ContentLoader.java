package org.baocao.content;

import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baocao.concurrent.Workers;
import org.baocao.config.SiteConfig;
import org.baocao.config.SiteConfigLoader;
import org.baocao.image.ImageProbe;
import org.baocao.image.ImageProblem;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedText;
import org.baocao.i18n.LocalizedTexts;
import org.baocao.i18n.NumberStyle;
import org.baocao.i18n.Slugs;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.ScannedTexts;
import org.baocao.source.ProjectPaths;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlMemo;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/** Loads content/ into a {@link Project}, collecting every problem found on the way. */
public final class ContentLoader {
    private static final Pattern SECTION_FILE = Pattern.compile("(\\d+)-[A-Za-z0-9._-]+\\.md");
    /** A file name that starts with its number but holds other letters than SECTION_FILE allows (e.g. diacritics). */
    private static final Pattern NUMBERED_FILE = Pattern.compile("(\\d+)-(.+)\\.md");
    private static final Pattern DATA_SET_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final ProjectFiles files;
    private final Diagnostics diagnostics;
    private final YamlParser yaml;
    private final YamlMemo dataSets;
    private final KeptContent kept;
    private final ScannedTexts scanned;

    public ContentLoader(Path projectRoot, Diagnostics diagnostics) {
        this(projectRoot, diagnostics, new YamlMemo(), KeptContent.nothing(), ScannedTexts.none());
    }

    /**
     * @param dataSets the data sets parsed by earlier loads, which the live preview keeps
     * @param kept     the narratives and data read by earlier loads, which the live preview keeps
     * @param scanned  the files the text scan of this load decoded, not read again
     */
    public ContentLoader(Path projectRoot, Diagnostics diagnostics, YamlMemo dataSets, KeptContent kept, ScannedTexts scanned) {
        this.files = new ProjectFiles(projectRoot, diagnostics, scanned);
        this.scanned = scanned;
        this.diagnostics = diagnostics;
        this.yaml = new YamlParser(diagnostics);
        this.dataSets = dataSets;
        this.kept = kept;
    }

    /** The same loader, reporting to {@code other}: for what is kept with its own problems. */
    private ContentLoader reportingTo(Diagnostics other) {
        return new ContentLoader(files.root(), other, dataSets, kept, scanned);
    }

    /** The project, or empty when it cannot be loaded at all; diagnostics hold every problem either way. */
    public Optional<Project> load() {
        Path content = files.root().resolve("content");
        Path siteFile = content.resolve("site.yaml");
        if (!Files.isRegularFile(siteFile)) {
            diagnostics.error(SourcePosition.wholeFile("content/site.yaml"), Message.NO_SITE_YAML, files.root());
            return Optional.empty();
        }
        SourceFile siteSource = files.read(siteFile);
        SiteConfig site = siteSource == null ? null : new SiteConfigLoader(diagnostics, content).load(siteSource);
        if (site == null) return Optional.empty();

        LocalizedTexts texts = new LocalizedTexts(site.languages(), diagnostics);
        Map<String, Map<String, String>> i18n = loadI18n(content.resolve("i18n"), site.languages());
        List<Path> folders = list(content.resolve("reports"), Files::isDirectory);
        // Every report's data first: a report may name another's figures (2024/finance.total_assets).
        List<Path> withReport = folders.stream()
                .filter(folder -> REPORT_ID.matcher(folder.getFileName().toString()).matches() && Files.isRegularFile(folder.resolve("report.yaml")))
                .toList();
        List<DataFiles> read = Workers.run("reading data", withReport.stream()
                .<Callable<DataFiles>>map(folder -> () -> kept.dataFiles().get(folder.getFileName().toString(), diagnostics,
                        own -> reportingTo(own).readDataFiles(folder.resolve("data")))).toList());
        Map<String, DataFiles> data = new LinkedHashMap<>();
        for (int i = 0; i < withReport.size(); i++) data.put(withReport.get(i).getFileName().toString(), read.get(i));
        Map<String, Map<String, YamlValue.Mapping>> roots = new LinkedHashMap<>();
        Map<String, Set<String>> unreadable = new LinkedHashMap<>();
        data.forEach((id, files) -> {
            Map<String, YamlValue.Mapping> byName = new LinkedHashMap<>();
            files.read().forEach((name, file) -> byName.put(name, file.root()));
            roots.put(id, Collections.unmodifiableMap(byName));
            unreadable.put(id, Set.copyOf(files.unreadable()));
        });
        ReportFigures figures = new ReportFigures(Collections.unmodifiableMap(roots), Collections.unmodifiableMap(unreadable));

        List<Report> reports = new ArrayList<>();
        Workers.run("reading reports", folders.stream().<Callable<Optional<Report>>>map(folder ->
                () -> loadReport(folder, site.languages(), texts, data.get(folder.getFileName().toString()), figures)).toList())
                .forEach(report -> report.ifPresent(reports::add));
        if (reports.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePosition.wholeFile("content/reports"), Message.NO_REPORT);
        }
        reports.sort(Comparator.comparing(Report::published).thenComparing(Report::id).reversed());
        // A report without sections holds data only: other reports name its figures; it is not published.
        List<Report> published = reports.stream().filter(r -> !r.isDataOnly()).toList();
        List<Report> dataOnly = reports.stream().filter(Report::isDataOnly).toList();
        if (published.isEmpty() && !dataOnly.isEmpty() && !diagnostics.hasErrors()) {
            diagnostics.error(SourcePosition.wholeFile("content/reports/" + dataOnly.get(0).id()), Message.NO_REPORT_WITH_SECTIONS,
                    dataOnly.get(0).id());
        }
        return Optional.of(new Project(files.root(), site, i18n, published, dataOnly));
    }

    private Map<String, Map<String, String>> loadI18n(Path folder, Languages languages) {
        Map<String, Map<String, String>> result = new TreeMap<>();
        for (Path file : list(folder, p -> p.toString().endsWith(".yaml"))) {
            String code = file.getFileName().toString().replaceFirst("\\.yaml$", "");
            SourceFile source = files.read(file);
            if (source == null) continue;
            if (!languages.contains(code)) {
                diagnostics.warning(SourcePosition.wholeFile(source.path()), Message.INTERFACE_FILE_LANGUAGE_UNKNOWN, code);
                continue;
            }
            YamlValue root = yaml.parse(source, source.text(), 1);
            if (!(root instanceof YamlValue.Mapping mapping)) continue;
            Map<String, String> strings = new LinkedHashMap<>();
            mapping.entries().forEach((key, value) -> {
                if (value instanceof YamlValue.Scalar s && s.value() != null) {
                    strings.put(key, String.valueOf(s.value()));
                } else {
                    diagnostics.error(value.at(), Message.INTERFACE_STRING_NOT_TEXT, key);
                }
            });
            result.put(code, Map.copyOf(strings));
        }
        return Map.copyOf(result);
    }

    private Optional<Report> loadReport(Path folder, Languages languages, LocalizedTexts texts, DataFiles data, ReportFigures figures) {
        String id = folder.getFileName().toString();
        Path reportFile = folder.resolve("report.yaml");
        if (!REPORT_ID.matcher(id).matches()) {
            diagnostics.error(SourcePosition.wholeFile(files.relative(folder)), Message.REPORT_FOLDER_NAME, id);
            return Optional.empty();
        }
        if (!Files.isRegularFile(reportFile)) {
            diagnostics.error(SourcePosition.wholeFile(files.relative(folder)), Message.REPORT_YAML_MISSING);
            return Optional.empty();
        }
        SourceFile source = files.read(reportFile);
        if (source == null) return Optional.empty();
        YamlValue root = yaml.parse(source, source.text(), 1);
        if (root == null) return Optional.empty();
        MappingReader report = MappingReader.of(root, "report.yaml", diagnostics);
        if (report == null) return Optional.empty();

        YamlValue titleValue = report.required("title", "title: {vi: Báo cáo thường niên 2020, en: Annual Report 2020}");
        YamlValue subtitleValue = report.optional("subtitle");
        YamlValue periodValue = report.required("period", "period: {start: 2020-01-01, end: 2020-12-31}");
        YamlValue publishedValue = report.required("published", "published: 2021-03-31");
        YamlValue coverValue = report.optional("cover");
        YamlValue keyFiguresValue = report.optional("key_figures");
        YamlValue draftValue = report.optional("draft");
        report.rejectUnknownKeys("report.yaml");

        LocalizedText title = titleValue == null ? null : texts.read(titleValue, "title");
        Optional<LocalizedText> subtitle = Optional.ofNullable(subtitleValue == null ? null : texts.read(subtitleValue, "subtitle"));
        LocalDate[] period = readPeriod(periodValue);
        LocalDate published = publishedValue == null ? null : readDate(publishedValue, "published");
        Optional<String> cover = readCover(coverValue, folder);
        boolean draft = readDraft(draftValue);

        Set<String> unreadableDataSets = data.unreadable();
        Map<String, DataSet> dataSets = kept.dataSets().get(id, diagnostics, own -> {
            Map<String, DataSet> read = new LinkedHashMap<>();
            LocalizedTexts ownTexts = new LocalizedTexts(languages, own);
            data.read().forEach((name, file) -> read.put(name, new DataSetReader(languages, ownTexts, own, figures).read(name, file.source(), file.root())));
            return Collections.unmodifiableMap(read);
        });
        List<KeyFigure> keyFigures = readKeyFigures(keyFiguresValue, texts, dataSets, unreadableDataSets, figures);
        List<Section> sections = loadSections(folder, languages);
        if (title == null || period == null || published == null) return Optional.empty();
        return Optional.of(new Report(id, folder, title, subtitle, period[0], period[1], published, cover,
                keyFigures, dataSets, Set.copyOf(unreadableDataSets), sections, draft));
    }

    /** A value that is not true or false is an error, and the report counts as finished so that the error stops a build. */
    private boolean readDraft(YamlValue value) {
        if (value == null) return false;
        if (value instanceof YamlValue.Scalar s && s.value() instanceof Boolean b) return b;
        diagnostics.error(value.at(), Message.DRAFT_NOT_BOOLEAN, YamlValue.kind(value));
        return false;
    }

    private LocalDate[] readPeriod(YamlValue value) {
        if (value == null) return null;
        MappingReader period = MappingReader.of(value, "period", diagnostics);
        if (period == null) return null;
        YamlValue start = period.required("start", "start: 2020-01-01");
        YamlValue end = period.required("end", "end: 2020-12-31");
        period.rejectUnknownKeys("period");
        LocalDate from = start == null ? null : readDate(start, Message.WORD_PERIOD_START);
        LocalDate to = end == null ? null : readDate(end, Message.WORD_PERIOD_END);
        if (from == null || to == null) return null;
        if (to.isBefore(from)) {
            diagnostics.error(end.at(), Message.PERIOD_REVERSED, to, from);
            return null;
        }
        return new LocalDate[] {from, to};
    }

    private LocalDate readDate(YamlValue value, Object what) {
        if (value instanceof YamlValue.Scalar s && s.value() instanceof LocalDate date) return date;
        diagnostics.error(value.at(), Message.DATE_INVALID, what, YamlValue.kind(value));
        return null;
    }

    private Optional<String> readCover(YamlValue value, Path reportFolder) {
        if (value == null) return Optional.empty();
        if (!(value instanceof YamlValue.Scalar s) || !(s.value() instanceof String path)) {
            diagnostics.error(value.at(), Message.COVER_NOT_PATH);
            return Optional.empty();
        }
        Path image = reportFolder.resolve(path).normalize();
        if (!image.startsWith(reportFolder)) {
            diagnostics.error(value.at(), Message.COVER_OUTSIDE, path);
            return Optional.empty();
        }
        if (ProjectPaths.locate(files.root(), image) == ProjectPaths.Where.OUTSIDE) {
            diagnostics.error(value.at(), Message.COVER_LINK_OUT, path);
            return Optional.empty();
        }
        if (!Files.isRegularFile(image)) {
            diagnostics.error(value.at(), Message.COVER_MISSING, path);
            return Optional.empty();
        }
        try {
            ImageProbe.probe(image);
        } catch (ImageProblem problem) {
            diagnostics.error(value.at(), problem.message(), problem.arguments(path));
            return Optional.empty();
        }
        return Optional.of(path);
    }

    private List<KeyFigure> readKeyFigures(YamlValue value, LocalizedTexts texts, Map<String, DataSet> dataSets,
                                           Set<String> unreadableDataSets, ReportFigures figures) {
        if (value == null) return List.of();
        if (!(value instanceof YamlValue.Sequence list)) {
            diagnostics.error(value.at(), Message.KEY_FIGURES_NOT_LIST);
            return List.of();
        }
        List<KeyFigure> keyFigures = new ArrayList<>();
        for (YamlValue item : list.items()) {
            MappingReader figure = MappingReader.of(item, Message.WORD_A_KEY_FIGURE, diagnostics);
            if (figure == null) continue;
            YamlValue path = figure.required("value", "value: outreach.people_reached");
            YamlValue label = figure.required("label", "label: {vi: ..., en: ...}");
            YamlValue decimals = figure.optional("decimals");
            YamlValue negative = figure.optional("negative");
            YamlValue unit = figure.optional("unit");
            YamlValue previous = figure.optional("previous");
            YamlValue better = figure.optional("better");
            YamlValue comparedWith = figure.optional("compared_with");
            figure.rejectUnknownKeys(Message.WORD_A_KEY_FIGURE);
            NumberStyle numbers = NumberStyles.read(decimals, negative, diagnostics);
            Optional<LocalizedText> unitText = unit == null ? Optional.empty() : Optional.ofNullable(texts.read(unit, "key figure unit"));
            KeyFigure.Better betterWay = readBetter(better);
            if (path == null || label == null) continue;
            String reference = path instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : null;
            LocalizedText labelText = texts.read(label, Message.WORD_KEY_FIGURE_LABEL);
            if (reference == null || labelText == null) {
                if (reference == null) diagnostics.error(path.at(), Message.KEY_FIGURE_VALUE_INVALID);
                continue;
            }
            Optional<YamlValue> resolved = figureValue(reference, path, false, dataSets, unreadableDataSets, figures);
            if (resolved.isEmpty()) continue;
            Optional<KeyFigure.Previous> previousFigure = Optional.empty();
            if (previous != null) {
                String previousReference = previous instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : null;
                if (previousReference == null) {
                    diagnostics.error(previous.at(), Message.PREVIOUS_NOT_A_FIGURE, YamlValue.kind(previous));
                    continue;
                }
                Optional<YamlValue> previousValue = figureValue(previousReference, previous, true, dataSets, unreadableDataSets, figures);
                if (previousValue.isEmpty()) continue;
                previousFigure = Optional.of(new KeyFigure.Previous(previousReference,
                        ReportFigures.isReference(previousReference) ? Optional.of(ReportFigures.reportOf(previousReference)) : Optional.empty(),
                        previousValue.get(), Optional.ofNullable(comparedWith == null ? null : texts.read(comparedWith, "compared_with"))));
            } else if (comparedWith != null) {
                diagnostics.error(comparedWith.at(), Message.COMPARED_WITH_WITHOUT_PREVIOUS);
            }
            if (unit != null && unitText.isEmpty()) continue;
            keyFigures.add(new KeyFigure(reference, labelText, path.at(), resolved.get(), numbers, unitText, previousFigure, betterWay));
        }
        return List.copyOf(keyFigures);
    }

    /** The value a key figure names, in this report or another; empty after reporting why there is none. */
    private Optional<YamlValue> figureValue(String reference, YamlValue written, boolean previous, Map<String, DataSet> dataSets,
                                            Set<String> unreadableDataSets, ReportFigures figures) {
        if (ReportFigures.isReference(reference)) {
            Optional<YamlValue> value = figures.resolve(reference);
            if (value.isEmpty() && !figures.isUnreadable(reference)) figures.report(written.at(), reference, diagnostics);
            return value;
        }
        if (unreadableDataSets.contains(reference.split("\\.")[0])) return Optional.empty(); // its file's error is enough
        Optional<YamlValue> value = DataReferences.resolve(reference, dataSets);
        if (value.isEmpty()) {
            diagnostics.error(written.at(), (previous ? Message.PREVIOUS_UNKNOWN : Message.KEY_FIGURE_UNKNOWN).with(reference), DataReferences.hint(reference, dataSets));
        }
        return value;
    }

    private KeyFigure.Better readBetter(YamlValue value) {
        if (value == null) return null;
        String name = value instanceof YamlValue.Scalar s && s.value() instanceof String t ? t : "";
        if (name.equals("higher")) return KeyFigure.Better.HIGHER;
        if (name.equals("lower")) return KeyFigure.Better.LOWER;
        diagnostics.error(value.at(), Message.BETTER_INVALID, name.isEmpty() ? YamlValue.kind(value) : "'" + name + "'");
        return null;
    }

    /** A data file as read, before its charts and tables are: other reports may name its figures already. */
    private record DataFile(SourceFile source, YamlValue.Mapping root) {}

    /** @param unreadable names of data sets whose files have errors, so that uses of them are not reported too */
    record DataFiles(Map<String, DataFile> read, Set<String> unreadable) {}

    private DataFiles readDataFiles(Path folder) {
        Map<String, DataFile> read = new LinkedHashMap<>();
        Set<String> unreadable = new HashSet<>();
        Map<String, Spreadsheet> spreadsheets = new LinkedHashMap<>();
        SpreadsheetReader spreadsheetReader = new SpreadsheetReader(diagnostics);
        for (Path file : list(folder, SpreadsheetReader::isSpreadsheet)) {
            Spreadsheet spreadsheet = spreadsheetReader.read(file, files.relative(file));
            if (spreadsheet != null) spreadsheets.put(file.getFileName().toString(), spreadsheet);
        }
        for (Path file : list(folder, p -> p.toString().toLowerCase(Locale.ROOT).matches(".*\\.(xls|ods)"))) {
            diagnostics.warning(SourcePosition.wholeFile(files.relative(file)), Message.SPREADSHEET_FORMAT_UNSUPPORTED);
        }
        SpreadsheetData spreadsheetData = new SpreadsheetData(spreadsheets, diagnostics);
        for (Path file : list(folder, p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))) {
            SourceFile source = files.read(file);
            if (source == null) continue;
            String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
            if (!DATA_SET_NAME.matcher(name).matches()) {
                diagnostics.error(SourcePosition.wholeFile(source.path()), Message.DATA_SET_NAME, name, name.replaceAll("[^A-Za-z0-9_]", "_"));
                continue;
            }
            YamlValue root = dataSets.parse(source, diagnostics);
            if (root == null) {
                unreadable.add(name);
                continue;
            }
            if (!(root instanceof YamlValue.Mapping mapping)) {
                diagnostics.error(root.at(), Message.DATA_SET_NOT_MAPPING);
                unreadable.add(name);
                continue;
            }
            read.put(name, new DataFile(source, spreadsheetData.expand(mapping)));
        }
        spreadsheets.forEach((name, spreadsheet) -> {
            if (!spreadsheetData.used().contains(name)) {
                diagnostics.warning(SourcePosition.wholeFile(spreadsheet.path()), Message.SPREADSHEET_UNUSED, name,
                        spreadsheet.isCsv() ? "" : ", sheet: " + spreadsheet.firstSheet());
            }
        });
        return new DataFiles(Collections.unmodifiableMap(read), Set.copyOf(unreadable));
    }

    private List<Section> loadSections(Path reportFolder, Languages languages) {
        Map<String, Map<String, Narrative>> byKey = new TreeMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        for (Path languageFolder : list(reportFolder, Files::isDirectory)) {
            String code = languageFolder.getFileName().toString();
            if (code.equals("data") || code.equals("media")) continue;
            if (!languages.contains(code)) {
                diagnostics.warning(SourcePosition.wholeFile(files.relative(languageFolder)), Message.LANGUAGE_FOLDER_UNKNOWN, code, languages.codes());
                continue;
            }
            for (Path file : list(languageFolder, p -> p.toString().endsWith(".md"))) {
                String fileName = file.getFileName().toString();
                Matcher matcher = SECTION_FILE.matcher(fileName);
                if (!matcher.matches()) {
                    // Name and path as NFC, so that a name macOS saved decomposed (NFD) reads as it was typed.
                    String typed = Normalizer.normalize(fileName, Normalizer.Form.NFC);
                    SourcePosition at = SourcePosition.wholeFile(Normalizer.normalize(files.relative(file), Normalizer.Form.NFC));
                    Matcher numbered = NUMBERED_FILE.matcher(typed);
                    if (numbered.matches()) {
                        diagnostics.error(at, Message.SECTION_FILE_NAME_LETTERS, typed, numbered.group(1) + "-" + Slugs.of(numbered.group(2)));
                    } else {
                        diagnostics.error(at, Message.SECTION_FILE_NAME, typed,
                                Slugs.of(typed.replaceFirst("\\.md$", "")));
                    }
                    continue;
                }
                Narrative narrative = kept.narratives().get(files.relative(file), diagnostics, own -> reportingTo(own).readNarrative(file, code));
                if (narrative == null) continue;
                String key = fileName.replaceFirst("\\.md$", "");
                byKey.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(code, narrative);
                order.put(key, Integer.parseInt(matcher.group(1)));
            }
        }
        List<Section> sections = new ArrayList<>();
        byKey.forEach((key, narratives) -> sections.add(new Section(key, order.get(key), Map.copyOf(narratives))));
        sections.sort(Comparator.comparingInt(Section::order).thenComparing(Section::key));
        checkDuplicateSlugs(sections, languages);
        return List.copyOf(sections);
    }

    private Narrative readNarrative(Path file, String language) {
        SourceFile source = files.read(file);
        return source == null ? null : NarrativeReader.read(source, language, yaml, diagnostics);
    }

    private void checkDuplicateSlugs(List<Section> sections, Languages languages) {
        for (String code : languages.codes()) {
            Map<String, Narrative> seen = new LinkedHashMap<>();
            for (Section section : sections) {
                section.in(code).ifPresent(narrative -> {
                    Narrative other = seen.putIfAbsent(narrative.slug(), narrative);
                    if (other != null) {
                        diagnostics.error(SourcePosition.of(narrative.file(), 2, 1), Message.SLUG_TAKEN, narrative.slug(), other.file().path());
                    }
                });
            }
        }
    }

    private List<Path> list(Path folder, Predicate<Path> filter) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(filter).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile(files.relative(folder)), Message.FOLDER_UNREADABLE, IoErrors.describe(e));
            return List.of();
        }
    }
}
