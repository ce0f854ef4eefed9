package org.baocao.render.pdf;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baocao.config.PrintOptions;
import org.baocao.content.KeyFigure;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.render.Links;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.Theme;
import org.baocao.render.html.KeyFigureView;
import org.baocao.render.html.KeyFigureValues;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The print edition of a report in one language: the theme's print.ftlh filled with the same rendered sections as
 * the site, made into one document (ids made unique per section, links between sections made in-document), then
 * written as an accessible, archival PDF.
 */
public final class PrintEdition {
    private final Project project;
    private final Theme theme;
    private final PdfWriter writer;
    private final Diagnostics diagnostics;

    public PrintEdition(Project project, Theme theme, PdfWriter writer, Diagnostics diagnostics) {
        this.project = project;
        this.theme = theme;
        this.writer = writer;
        this.diagnostics = diagnostics;
    }

    /**
     * @param outputRoot the output folder, where the report's images have been copied already
     * @param date       the PDF's creation date, fixed so that two builds give the same bytes
     * @return false when the print template failed (a diagnostic says why)
     */
    public boolean write(RenderedReport one, Path outputRoot, Path target, Instant date) throws IOException {
        String html = html(one);
        if (html == null) return false;
        Document document = Jsoup.parse(html, outputRoot.toUri().toString());
        prepareForPdf(document);
        Report report = one.report();
        String code = one.language();
        PdfMetadata meta = new PdfMetadata(report.title().in(code), project.site().organizationName().in(code),
                report.subtitle().map(s -> s.in(code)).orElse(report.title().in(code)), project.site().languages().get(code).locale().toLanguageTag(),
                date, null);
        writer.write(new org.jsoup.helper.W3CDom().fromJsoup(document), folderUri(outputRoot), meta, target);
        return true;
    }

    private static URI folderUri(Path folder) {
        String uri = folder.toAbsolutePath().toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The print document as HTML, or null after a diagnostic. */
    String html(RenderedReport one) {
        Report report = one.report();
        String code = one.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", code);
        model.put("language", project.site().languages().get(code));
        model.put("t", one.messages().strings());
        model.put("organization", project.site().organizationName().in(code));
        model.put("organizationShort", project.site().organizationShortName().in(code));
        model.put("title", report.title().in(code));
        model.put("subtitle", report.subtitle().map(s -> s.in(code)).orElse(null));
        model.put("period", one.formats().date(report.start()) + " – " + one.formats().date(report.end()));
        model.put("published", one.formats().date(report.published()));
        model.put("cover", report.cover().map(c -> "media/" + report.id() + "/" + c.replaceFirst("^media/", "")).orElse(null));
        List<KeyFigureView> figures = new ArrayList<>();
        for (KeyFigure figure : report.keyFigures()) {
            figures.add(new KeyFigureView(figure.label().in(code), KeyFigureValues.format(figure, report, one.formats(), code)));
        }
        model.put("keyFigures", figures);
        List<Map<String, Object>> sections = new ArrayList<>();
        int number = 0;
        for (RenderedSection section : one.sections()) {
            number++;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", anchor(section.section().key()));
            s.put("number", number);
            s.put("title", section.narrative().title());
            s.put("html", inDocument(section, one));
            s.put("headings", section.headings().stream()
                    .filter(h -> h.level() == 2)
                    .map(h -> Map.of("id", anchor(section.section().key()) + "-" + h.id(), "text", h.text()))
                    .toList());
            sections.add(s);
        }
        model.put("sections", sections);
        model.put("page", pageModel(project.site().print()));
        model.put("css", Map.of("footer", pageCounterContent(one.messages().get("page_footer"))));
        model.put("year", report.published().atStartOfDay().atOffset(ZoneOffset.UTC).getYear());
        try {
            StringWriter out = new StringWriter();
            theme.templates().getTemplate("print.ftlh").process(model, out);
            return out.toString();
        } catch (TemplateException e) {
            diagnostics.error(new SourcePosition(theme.projectFile("print.ftlh").isPresent() ? "templates/print.ftlh" : "(built-in theme) print.ftlh",
                            e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), ""),
                    "print template failed: " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""),
                    "fix the template, or remove your copy to use the default theme's");
            return null;
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile("templates/print.ftlh"), "print template cannot be read: " + e.getMessage(),
                    "check the template's name and syntax");
            return null;
        }
    }

    private static Map<String, Object> pageModel(PrintOptions print) {
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("size", print.pageSize().css());
        page.put("width", print.pageSize().width());
        page.put("height", print.pageSize().height());
        page.put("margin", print.margin());
        page.put("printShop", print.printShop());
        return page;
    }

    /** "Trang {page} / {pages}" as a CSS content value: "Trang " counter(page) " / " counter(pages). */
    static String pageCounterContent(String pattern) {
        String quoted = "\"" + pattern.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ") + "\"";
        return quoted.replace("{pages}", "\" counter(pages) \"").replace("{page}", "\" counter(page) \"");
    }

    static String anchor(String sectionKey) {
        return "s-" + sectionKey.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** The section's HTML with its ids prefixed by the section, as all sections share one document. */
    private static String inDocument(RenderedSection section, RenderedReport one) {
        String prefix = anchor(section.section().key()) + "-";
        String html = Links.resolve(section.html(), "", (key, fragment) -> one.section(key)
                .map(s -> "#" + anchor(key) + (fragment.isEmpty() ? "" : "-" + fragment)).orElse("#"));
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        for (Element element : fragment.body().select("[id]")) {
            element.id(prefix + element.id());
        }
        for (Element element : fragment.body().select("[aria-labelledby]")) {
            element.attr("aria-labelledby", prefix + element.attr("aria-labelledby").replace(" ", " " + prefix));
        }
        for (Element link : fragment.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!target.startsWith("s-")) link.attr("href", "#" + prefix + target);
        }
        return fragment.body().html();
    }

    /** What PDF/UA needs beyond the site's HTML: charts carry their description as alt text. */
    private static void prepareForPdf(Document document) {
        for (Element svg : document.select("svg")) {
            Element desc = svg.selectFirst("desc");
            Element title = svg.selectFirst("title");
            String alt = desc != null ? desc.text() : title != null ? title.text() : "";
            svg.attr("alt", alt);
        }
        document.select("details.chart-data").remove();
    }
}
