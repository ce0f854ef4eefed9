package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.baocao.i18n.Language;
import org.baocao.config.Brand;
import org.baocao.config.Contacts;
import org.baocao.render.model.BrandModel;
import org.baocao.render.model.ContactsModel;
import org.baocao.render.model.ArchivePage;
import org.baocao.render.model.ChartFigure;
import org.baocao.render.model.Edition;
import org.baocao.render.model.Heading;
import org.baocao.render.model.KeyFigureView;
import org.baocao.render.model.LanguageLink;
import org.baocao.render.model.NotFoundPage;
import org.baocao.render.model.PageLink;
import org.baocao.render.model.PrintDocument;
import org.baocao.render.model.PrintPage;
import org.baocao.render.model.ReportCard;
import org.baocao.render.model.ReportPage;
import org.baocao.render.model.SearchPage;
import org.baocao.render.model.SectionEntry;
import org.baocao.render.model.SectionPage;
import org.baocao.render.model.SectionView;
import org.baocao.render.model.TableFigure;
import org.baocao.render.model.WebFrame;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The theme contract: every template of the default theme renders against its typed model, with every optional part
 * present and with every optional part absent, so a renamed or removed field fails here and not in a user's theme;
 * and docs/theme.md documents every field of every model.
 */
class ThemeContractTest {
    private static final Language ENGLISH = new Language("en", Locale.forLanguageTag("en-GB"), "English");
    private static final Language VIETNAMESE = new Language("vi", Locale.forLanguageTag("vi-VN"), "Tiếng Việt");

    /** What each template of the default theme is filled with; the macros are called by them and below. */
    private static final Map<String, Class<? extends Record>> MODELS = Map.of(
            "archive.ftlh", ArchivePage.class, "report.ftlh", ReportPage.class, "section.ftlh", SectionPage.class,
            "search.ftlh", SearchPage.class, "404.ftlh", NotFoundPage.class, "print.ftlh", PrintDocument.class);

    /** The models the templates start from; every record reachable from them is part of the contract. */
    private static final List<Class<? extends Record>> ROOTS = List.of(WebFrame.class, ArchivePage.class, ReportPage.class,
            SectionPage.class, SearchPage.class, NotFoundPage.class, PrintDocument.class, ChartFigure.class, TableFigure.class);

    @TempDir
    Path project;

    @Test
    void everyDefaultTemplateHasItsModel() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("templates"))) {
            Set<String> templates = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ftlh"))
                    .filter(n -> !n.equals("layout.ftlh")).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(templates, new TreeSet<>(MODELS.keySet()), "a template without a model in this test, or a model without its template");
        }
    }

    @Test
    void webPagesRenderWithEveryOptionalPartPresent() throws Exception {
        Theme theme = new Theme(project);
        Map<String, String> t = strings("en");
        WebFrame frame = frame(t, true);
        ReportCard card = card(true);
        String archive = render(theme, "archive.ftlh", new ArchivePage(List.of(card)), frame);
        assertContains(archive, "Annual Report 2023", "cover.png", "Tan Phu 2023", "1.2 MB", "https://example.vn/en/", "hreflang=\"vi-VN\"");
        String report = render(theme, "report.ftlh", new ReportPage(card), frame);
        assertContains(report, "key-change-up", "+120 (+11.3%)", "2022", "Members", "1,180", "Rice and lotus", "read-in-vi");
        SectionView section = new SectionView("01-rice", "01-rice", 1, "Rice", "How the rice grew", "<p>Body <b>text</b></p>",
                List.of(new Heading("yield", "Yield", 2), new Heading("prices", "Prices", 2)));
        String page = render(theme, "section.ftlh", new SectionPage(card, section, new PageLink("Before", "../before/index.html"),
                new PageLink("After", "../after/index.html")), frame);
        assertContains(page, "How the rice grew", "<p>Body <b>text</b></p>", "href=\"#prices\"", "../before/index.html", "../after/index.html");
        assertContains(render(theme, "search.ftlh", new SearchPage("../../search-index.vi.js", List.of("../../search-index.en.js")), frame), "../../search-index.en.js");
        assertContains(render(theme, "404.ftlh", new NotFoundPage(), frame), t.get("page_not_found_text"));
    }

    @Test
    void webPagesRenderWithEveryOptionalPartAbsent() throws Exception {
        Theme theme = new Theme(project);
        WebFrame frame = frame(strings("en"), false);
        ReportCard card = card(false);
        assertContains(render(theme, "archive.ftlh", new ArchivePage(List.of(card)), frame), "Annual Report 2023");
        assertContains(render(theme, "report.ftlh", new ReportPage(card), frame), "Annual Report 2023");
        assertContains(render(theme, "section.ftlh", new SectionPage(card, new SectionView("01-rice", "01-rice", 1, "Rice", null,
                "<p>Body</p>", List.of()), null, null), frame), "<p>Body</p>");
    }

    @Test
    void printRendersOneAndTwoEditions() throws Exception {
        Theme theme = new Theme(project);
        Edition english = edition(ENGLISH, strings("en"), card(true));
        Edition vietnamese = edition(VIETNAMESE, strings("vi"), card(false));
        String bilingual = render(theme, "print.ftlh", new PrintDocument(List.of(english, vietnamese), true,
                new PrintPage("A5 portrait", "15mm", true, true, "7.00mm", "154.00mm", "216.00mm", "18.00mm", null, null, "118.00mm", "page"),
                BrandModel.of(Brand.NONE)), english);
        assertContains(bilingual, "size: A5 portrait", "html { font-size: 9.5pt; }", "en-key-figures", "1,180",
                "<span class=\"nowrap\">2023</span>", "en-s-01-rice-yield", "bookmark name=\"Tiếng Việt\"", "© 2024");
        String single = render(theme, "print.ftlh", new PrintDocument(List.of(vietnamese), false,
                new PrintPage("A4 portrait", "20mm", false, false, "0.00mm", "210.00mm", "297.00mm", "20.00mm", "50.00mm", "44.00mm", "170.00mm", "half"),
                BrandModel.of(Brand.NONE)), vietnamese);
        assertContains(single, "size: A4 portrait", "vi-edition", ".chapter-body { margin-right: 50.00mm; }", "chapter-opener-half");
        assertTrue(!single.contains("html { font-size: 9.5pt; }"), "A4 keeps the normal type");
    }

    @Test
    void figureMacrosDrawChartsAndTables() throws Exception {
        Theme theme = new Theme(project);
        Map<String, String> t = strings("en");
        String table = theme.macro("macros/table.ftlh", "table", table("table-members", "Table 1", "Members"), t);
        assertEquals("<div class=\"table-wrap figure-table\" tabindex=\"0\" role=\"region\" aria-labelledby=\"table-members-caption\">"
                + "<table class=\"data-table\" id=\"table-members\"><caption id=\"table-members-caption\"><span class=\"figure-number\">"
                + "Table 1.</span> Members</caption><thead><tr><th scope=\"col\">Year</th><th scope=\"col\" class=\"num\">Members</th>"
                + "</tr></thead><tbody><tr><th scope=\"row\">2023</th><td class=\"num\">1,180</td></tr></tbody></table></div>", table);
        String chart = theme.macro("macros/chart.ftlh", "chart", new ChartFigure("chart-members", "Figure 1", "Members by year",
                "<svg id=\"chart-members\"></svg>", "<svg id=\"chart-members-compact\"></svg>", table(null, null, null),
                "baocao-root:/en/2023/data/chart-members.csv"), t);
        assertContains(chart, "<figure class=\"figure figure-chart\" id=\"chart-members-figure\">", "Figure 1.</span> Members by year",
                "<div class=\"chart-frame\"><svg id=\"chart-members\"></svg><svg id=\"chart-members-compact\"></svg></div>",
                "<summary>" + t.get("show_data") + "</summary><div class=\"table-wrap\" tabindex=\"0\"><table class=\"data-table\"><thead>",
                "<p class=\"data-download\"><a href=\"baocao-root:/en/2023/data/chart-members.csv\" download aria-describedby=\"chart-members-caption\">"
                        + t.get("download_data") + "</a></p>");
        assertTrue(!chart.contains("\n"), "one line, one HTML block in the Markdown: " + chart);
    }

    @Test
    void aFieldTheModelLacksFailsTheTemplate() throws Exception {
        Files.createDirectories(project.resolve("templates"));
        Files.writeString(project.resolve("templates/report.ftlh"), "<h1>${report.titel}</h1>");
        TemplateException error = assertThrows(TemplateException.class,
                () -> render(new Theme(project), "report.ftlh", new ReportPage(card(true)), frame(strings("en"), true)));
        assertTrue(error.getMessage().contains("report.titel"), error.getMessage());
    }

    @Test
    void docsListEveryFieldOfEveryModel() throws IOException {
        Map<String, Set<String>> documented = documentedFields(Files.readString(Path.of("docs/theme.md")));
        Map<String, Set<String>> actual = new LinkedHashMap<>();
        for (Class<?> type : reachableRecords()) {
            actual.put(name(type), Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        assertEquals(actual.keySet(), documented.keySet(), "docs/theme.md has a '### Name' part for each model record");
        actual.forEach((type, fields) -> assertEquals(fields, documented.get(type), "the fields of " + type + " in docs/theme.md"));
    }

    /** Every record the templates can reach from their models, through fields and lists. */
    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> next = new ArrayDeque<>(ROOTS);
        while (!next.isEmpty()) {
            Class<?> type = next.pop();
            if (!type.isRecord() || !seen.add(type)) continue;
            for (RecordComponent component : type.getRecordComponents()) {
                next.add(component.getType());
                Type generic = component.getGenericType();
                while (generic instanceof ParameterizedType p) {
                    Type argument = p.getActualTypeArguments()[p.getActualTypeArguments().length - 1];
                    if (argument instanceof Class<?> c) next.add(c);
                    generic = argument;
                }
            }
        }
        return seen;
    }

    private static String name(Class<?> type) {
        return type.getEnclosingClass() != null ? type.getEnclosingClass().getSimpleName() + "." + type.getSimpleName() : type.getSimpleName();
    }

    /** "### ReportCard" parts, each with its table's first column: | `title` | ... |. */
    static Map<String, Set<String>> documentedFields(String markdown) {
        Map<String, Set<String>> fields = new LinkedHashMap<>();
        Set<String> current = null;
        Pattern heading = Pattern.compile("^### ([A-Z][\\w.]*)\\s*$");
        Pattern row = Pattern.compile("^\\| `(\\w+)` \\|");
        for (String line : markdown.lines().toList()) {
            Matcher h = heading.matcher(line);
            if (h.matches()) {
                current = new TreeSet<>();
                fields.put(h.group(1), current);
            } else if (line.startsWith("#")) {
                current = null;
            } else if (current != null) {
                Matcher r = row.matcher(line);
                if (r.find()) current.add(r.group(1));
            }
        }
        return fields;
    }

    private static String render(Theme theme, String template, Record model, Record shared) throws IOException, TemplateException {
        StringWriter out = new StringWriter();
        theme.process(template, model, shared, out);
        return out.toString();
    }

    private static void assertContains(String html, String... parts) {
        for (String part : parts) assertTrue(html.contains(part), "missing " + part + " in:\n" + html);
    }

    /** The default theme's interface strings. */
    private static Map<String, String> strings(String language) throws IOException {
        String text = Files.readString(Path.of("templates/i18n/" + language + ".yaml"), StandardCharsets.UTF_8);
        Diagnostics diagnostics = new Diagnostics();
        SourceFile file = new SourceFile("i18n/" + language + ".yaml", text);
        Map<String, String> strings = new LinkedHashMap<>();
        if (new YamlParser(diagnostics).parse(file, text, 1) instanceof YamlValue.Mapping mapping) {
            mapping.entries().forEach((key, value) -> strings.put(key, String.valueOf(((YamlValue.Scalar) value).value())));
        }
        return strings;
    }

    private static WebFrame frame(Map<String, String> t, boolean withBaseUrl) {
        List<LanguageLink> languages = List.of(
                new LanguageLink("vi", "Tiếng Việt", "vi-VN", "vi/2023/", "../../vi/2023/index.html",
                        withBaseUrl ? "https://example.vn/vi/2023/" : null, false, true),
                new LanguageLink("en", "English", "en-GB", "en/2023/", "index.html", withBaseUrl ? "https://example.vn/en/2023/" : null, true, true));
        return new WebFrame("en", ENGLISH, languages, t, "Annual Report 2023", "What the year brought", "../../",
                "../index.html", "../search/index.html", "2023", "Tan Phu People's Credit Fund", "Tan Phu",
                withBaseUrl ? "https://example.vn/en/" : null, withBaseUrl ? "https://example.vn/" : null, !withBaseUrl,
                BrandModel.of(Brand.NONE), null, ContactsModel.of(Contacts.NONE, "en"), null);
    }

    private static ReportCard card(boolean full) {
        List<KeyFigureView> figures = full
                ? List.of(new KeyFigureView("Members", "1,180", null, "1,060", "+120 (+11.3%)", "+120", "+11.3%", "up", null, "2022"),
                        new KeyFigureView("Branches", "4", null))
                : List.of();
        List<SectionEntry> sections = List.of(
                new SectionEntry("01-rice", 1, "Rice", full ? "Rice and lotus" : null, "rice/index.html", true, null, null),
                new SectionEntry("02-lotus", 2, "Sen", "Sen và lúa", "../../vi/2023/sen/index.html#read-in-vi", false, "Tiếng Việt", "vi"));
        return new ReportCard("2023", "Annual Report 2023", full ? "Tan Phu 2023" : null, full ? "A good year" : null,
                "1 January 2023 – 31 December 2023", "15 March 2024", 2023, 2024, "index.html",
                full ? "../../en/2023/annual-report-2023.pdf" : null, full ? "1.2 MB" : null, full ? "../../media/2023/cover.png" : null,
                "Annual Report 2023", figures, sections, full);
    }

    private static Edition edition(Language language, Map<String, String> t, ReportCard report) {
        String id = language.code() + "-edition";
        SectionView rice = new SectionView("01-rice", language.code() + "-s-01-rice", 1, "Rice", null, "<p>Body</p>",
                List.of(new Heading(language.code() + "-s-01-rice-yield", "Yield", 2)));
        return new Edition(id, language.code(), language, t, "Tan Phu People's Credit Fund", "Tan Phu", report,
                "Annual Report <span class=\"nowrap\">2023</span>", language.code() + "-key-figures", List.of(rice),
                "\"Page \" counter(page)", ContactsModel.of(Contacts.NONE, language.code()), "2023");
    }

    private static TableFigure table(String id, String number, String caption) {
        return new TableFigure(id, number, caption,
                List.of(new TableFigure.Column("Year", false), new TableFigure.Column("Members", true)),
                List.of(new TableFigure.Row(null, List.of(new TableFigure.Cell("2023", false, true), new TableFigure.Cell("1,180", true, false)))),
                null);
    }
}
