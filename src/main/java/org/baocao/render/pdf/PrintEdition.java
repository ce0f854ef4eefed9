package org.baocao.render.pdf;

import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baocao.config.PrintOptions;
import org.baocao.content.KeyFigure;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.render.Links;
import org.baocao.render.MediaFile;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.Theme;
import org.baocao.render.html.KeyFigureChanges;
import org.baocao.render.html.KeyFigureView;
import org.baocao.render.html.SitePaths;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The print edition of a report: the theme's print.ftlh filled with the same rendered sections as the site, made
 * into one document (ids made unique per language and section, links between sections made in-document, footnotes
 * moved to the foot of the page), then written as an accessible, archival PDF. One language per PDF, or every
 * language one after the other for the bilingual edition. Each is written for readers (the website's download), and
 * with site.yaml's {@code print_shop} also as a separate file for the print shop, with bleed and crop marks.
 */
public final class PrintEdition {
    /** The side column beside the body text on A4 and Letter pages, for pull quotes. */
    private static final double SIDE_COLUMN_MM = 46;
    private static final int TABLE_TAIL_ROWS = 3;
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
     * Writes one PDF with {@code editions} one after the other (one for a single-language PDF).
     *
     * @param outputRoot   the output folder, where the report's images have been copied already
     * @param date         the PDF's creation date, fixed so that two builds give the same bytes
     * @param forPrintShop the print shop's file: pages larger by bleed and slug, with trim and bleed boxes and crop
     *                     marks; else the readers' PDF, its pages the trimmed size
     * @return false when the print template failed (a diagnostic says why)
     */
    public boolean write(List<RenderedReport> editions, Path outputRoot, Path target, Instant date, boolean forPrintShop)
            throws IOException {
        String html = html(editions, forPrintShop);
        if (html == null) return false;
        Document document = Jsoup.parse(html, outputRoot.toUri().toString());
        prepareForPdf(document);
        fillWholePages(document, outputRoot, project.site().print(), forPrintShop);
        tableTails(document);
        if (!forPrintShop) checkResolution(document, editions, outputRoot);
        decorativeImages(document, outputRoot);
        PackedImages.reencode(document, outputRoot);
        RenderedReport first = editions.get(0);
        Report report = first.report();
        String code = first.language();
        PdfMetadata meta = new PdfMetadata(report.title().in(code), project.site().organizationName().in(code),
                report.subtitle().map(s -> s.in(code)).orElse(report.title().in(code)),
                project.site().languages().get(code).locale().toLanguageTag(), date, null);
        writer.write(new W3CDom().fromJsoup(document), folderUri(outputRoot), meta, target,
                forPrintShop ? PrintShop.MARKS : null);
        return true;
    }

    /**
     * Where the PDF goes in the output folder: {@code <lang>/<id>/<title-slug>.pdf} for one language; the bilingual
     * edition goes beside the first language's, its languages appended: {@code vi/2016-2020/bao-cao-...-vi-en.pdf}.
     * The print shop's file of either ends in {@code -print.pdf}.
     */
    public static String path(List<RenderedReport> editions, boolean forPrintShop) {
        RenderedReport first = editions.get(0);
        String single = SitePaths.pdf(first.language(), first.report());
        StringBuilder suffix = new StringBuilder();
        if (editions.size() > 1) editions.forEach(e -> suffix.append('-').append(e.language()));
        if (forPrintShop) suffix.append("-print");
        return single.substring(0, single.length() - ".pdf".length()) + suffix + ".pdf";
    }

    private static URI folderUri(Path folder) {
        String uri = folder.toAbsolutePath().toUri().toString();
        return URI.create(uri.endsWith("/") ? uri : uri + "/");
    }

    /** The print document as HTML, or null after a diagnostic. */
    String html(List<RenderedReport> editions, boolean forPrintShop) {
        Map<String, Object> model = new LinkedHashMap<>();
        List<Map<String, Object>> models = editions.stream().map(e -> edition(e, editions.size() > 1)).toList();
        model.putAll(models.get(0));
        model.put("editions", models);
        model.put("bilingual", editions.size() > 1);
        model.put("page", pageModel(project.site().print(), forPrintShop));
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

    /** The readers' edition of one language, as HTML. */
    String html(RenderedReport one) {
        return html(List.of(one), false);
    }

    /** Everything print.ftlh shows of one language's edition. */
    private Map<String, Object> edition(RenderedReport one, boolean bilingual) {
        Report report = one.report();
        String code = one.language();
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("lang", code);
        model.put("language", project.site().languages().get(code));
        model.put("t", one.messages().strings());
        model.put("organization", project.site().organizationName().in(code));
        model.put("organizationShort", project.site().organizationShortName().in(code));
        model.put("title", report.title().in(code));
        // A year range such as 2016–2020 is never split at its dash on the cover.
        model.put("titleHtml", Entities.escape(report.title().in(code))
                .replaceAll("(\\d{4}\\s?[–-]\\s?\\d{4})", "<span class=\"nowrap\">$1</span>"));
        model.put("subtitle", report.subtitle().map(s -> s.in(code)).orElse(null));
        model.put("period", one.formats().date(report.start()) + " – " + one.formats().date(report.end()));
        model.put("published", one.formats().date(report.published()));
        model.put("term", term(report));
        model.put("cover", report.cover().map(c -> "media/" + report.id() + "/" + c.replaceFirst("^media/", "")).orElse(null));
        List<KeyFigureView> figures = new ArrayList<>();
        for (KeyFigure figure : report.keyFigures()) {
            figures.add(KeyFigureChanges.view(figure, report, project.reports(), one.formats(), code));
        }
        model.put("keyFigures", figures);
        model.put("keyFiguresId", code + "-key-figures");
        model.put("id", code + "-edition");
        List<Map<String, Object>> sections = new ArrayList<>();
        int number = 0;
        for (RenderedSection section : one.sections()) {
            number++;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", anchor(code, section.section().key()));
            s.put("number", number);
            s.put("title", section.narrative().title());
            section.narrative().summary().ifPresent(summary -> s.put("summary", summary));
            s.put("html", inDocument(section, one));
            s.put("headings", section.headings().stream()
                    .filter(h -> h.level() == 2)
                    .map(h -> Map.of("id", anchor(code, section.section().key()) + "-" + h.id(), "text", h.text()))
                    .toList());
            sections.add(s);
        }
        model.put("sections", sections);
        model.put("footer", pageCounterContent(one.messages().get("page_footer")));
        model.put("year", report.published().getYear());
        return model;
    }

    /** The year on the cover, set large: "2025" for a year's report, "2016–2020" for a term. */
    static String term(Report report) {
        int first = report.start().getYear();
        int last = report.end().getYear();
        return first == last ? String.valueOf(first) : first + "\u2013" + last;
    }

    /**
     * The page for print.css. Pages of the print shop's file are larger than the trim by the slug, so every margin
     * grows by it; a full-bleed sheet (covers, whole-page photos) covers the trimmed page and the bleed, its text
     * kept inside the trim by the margin plus the bleed.
     */
    private static Map<String, Object> pageModel(PrintOptions print, boolean forPrintShop) {
        Map<String, Object> page = new LinkedHashMap<>();
        double outset = forPrintShop ? PrintShop.MARKS.outsetMm() : 0;
        double bleed = forPrintShop ? PrintShop.MARKS.bleedMm() : 0;
        PrintOptions.PageSize size = print.pageSize();
        page.put("size", forPrintShop ? PrintShop.MARKS.mediaSize(size) : size.css() + " portrait");
        page.put("margin", PrintShop.mm(print.marginMm() + outset));
        page.put("bleedMargin", PrintShop.mm(outset - bleed));
        page.put("sheetWidth", PrintShop.mm(size.widthMm() + 2 * bleed));
        page.put("sheetHeight", PrintShop.mm(size.heightMm() + 2 * bleed));
        page.put("sheetPadding", PrintShop.mm(print.marginMm() + bleed));
        boolean small = size == PrintOptions.PageSize.A5;
        page.put("small", small);
        // A4 and Letter: 170 mm of text would be about 105 characters a line; a side column brings it to about 75.
        if (!small) {
            page.put("sideColumn", PrintShop.mm(SIDE_COLUMN_MM));
            page.put("sideColumnInner", PrintShop.mm(SIDE_COLUMN_MM - 6));
        }
        page.put("chapterOpeners", print.chapterOpeners().name().toLowerCase(Locale.ROOT));
        page.put("printShop", forPrintShop);
        return page;
    }

    /** "Trang {page} / {pages}" as a CSS content value: "Trang " counter(page) " / " counter(pages). */
    static String pageCounterContent(String pattern) {
        String quoted = "\"" + pattern.replace("\\", "\\\\").replace("\"", "\\\"").replace("<", "\\3C ") + "\"";
        return quoted.replace("{pages}", "\" counter(pages) \"").replace("{page}", "\" counter(page) \"");
    }

    static String anchor(String language, String sectionKey) {
        return language + "-s-" + sectionKey.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /**
     * The section's HTML with its ids prefixed by language and section, as all sections share one document, and its
     * footnotes moved to where they are called, to float to the foot of the page.
     */
    private static String inDocument(RenderedSection section, RenderedReport one) {
        String code = one.language();
        String prefix = anchor(code, section.section().key()) + "-";
        String html = Links.resolve(section.html(), "", (key, fragment) -> one.section(key)
                .map(s -> "#" + anchor(code, key) + (fragment.isEmpty() ? "" : "-" + fragment)).orElse("#"));
        Document fragment = Jsoup.parseBodyFragment(html);
        fragment.outputSettings().prettyPrint(false);
        footnotesAtFootOfPage(fragment.body());
        for (Element element : fragment.body().select("[id]")) {
            element.id(prefix + element.id());
        }
        for (Element element : fragment.body().select("[aria-labelledby]")) {
            element.attr("aria-labelledby", prefix + element.attr("aria-labelledby").replace(" ", " " + prefix));
        }
        String sectionAnchors = "#" + code + "-s-";
        for (Element link : fragment.body().select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!link.attr("href").startsWith(sectionAnchors)) link.attr("href", "#" + prefix + target);
        }
        return fragment.body().html();
    }

    /**
     * Replaces each Markdown footnote call (a superscript link to the list at the end of the section) by the note's
     * text in a {@code span.footnote}, which print.css floats to the foot of the page where it is called. The back
     * links of the list have no use on paper. A note called twice is printed once, at its first call.
     */
    static void footnotesAtFootOfPage(Element body) {
        Element list = body.selectFirst("div.footnotes");
        if (list == null) return;
        for (Element call : body.select("sup > a.footnote-ref[href^=#]")) {
            Element note = list.getElementById(call.attr("href").substring(1));
            Element sup = call.parent();
            if (sup == null) continue;
            if (note == null) { // called again: the number stays, the text is printed at the first call
                call.unwrap();
                continue;
            }
            note.select("a.footnote-backref").remove();
            Element span = new Element("span").addClass("footnote");
            List<Element> paragraphs = note.children().stream().filter(c -> c.tagName().equals("p")).toList();
            if (paragraphs.isEmpty()) {
                span.html(note.html());
            } else {
                for (int i = 0; i < paragraphs.size(); i++) {
                    if (i > 0) span.appendElement("br");
                    span.append(paragraphs.get(i).html());
                }
            }
            note.remove();
            sup.replaceWith(span);
        }
        list.remove();
    }

    /**
     * Each whole-page photo ({@code {.page}}) at the end of its chapter, cropped to fill its sheet: the trimmed page,
     * and the bleed in the print shop's file. An image that cannot be read keeps the theme's layout (the PDF renderer reports it).
     */
    private static void fillWholePages(Document document, Path outputRoot, PrintOptions print, boolean forPrintShop) {
        double bleed = forPrintShop ? PrintShop.MARKS.bleedMm() : 0;
        for (Element figure : document.select(".chapter-body figure.image-page")) {
            // A whole-page photo ends its chapter, as a photo page between chapters: the text before and after it
            // runs on without a page of a few lines, and a named page starts only from the chapter's own child.
            figure.closest(".chapter").appendChild(figure);
        }
        for (Element img : document.select("figure.image-page > img[src]")) {
            Path file = PackedImages.localFile(img.attr("src"), outputRoot);
            if (file == null) continue;
            PageFill.pixelSize(file).ifPresent(size -> img.attr("style", PageFill.cover(size[0], size[1],
                    print.pageSize().widthMm() + 2 * bleed, print.pageSize().heightMm() + 2 * bleed).css()));
        }
    }

    /** Photos printed below 200 ppi, as warnings: the readers' PDF has the same layout as the print shop's. */
    private void checkResolution(Document document, List<RenderedReport> editions, Path outputRoot) {
        PrintOptions print = project.site().print();
        double full = print.pageSize().widthMm() - 2 * print.marginMm();
        double measure = print.pageSize() == PrintOptions.PageSize.A5 ? full : full - SIDE_COLUMN_MM;
        List<MediaFile> media = editions.stream().flatMap(e -> e.media().stream()).toList();
        PrintResolution.check(document, outputRoot, media, project.root().toAbsolutePath().normalize(), measure, full,
                print.pageSize().widthMm(), print.pageSize().heightMm(), diagnostics);
    }

    /**
     * An image with an empty alt (a signature, an ornament) is decoration: drawn as a background, which openhtmltopdf
     * marks as an artifact, in a box of the image's proportions, since PDF/UA wants a tagged image to be described.
     */
    private static void decorativeImages(Document document, Path outputRoot) {
        for (Element img : document.select("img[src]")) {
            if (!img.hasAttr("alt") || !img.attr("alt").isEmpty()) continue;
            Path file = PackedImages.localFile(img.attr("src"), outputRoot);
            if (file == null) continue;
            PageFill.pixelSize(file).ifPresent(size -> {
                Element box = new Element("div").addClass("decorative-image")
                        .attr("style", String.format(Locale.ROOT, "background-image:url('%s');padding-bottom:%.3f%%",
                                img.attr("src"), 100.0 * size[1] / size[0]));
                img.replaceWith(box);
                Element figure = box.parent();
                if (figure != null && figure.tagName().equals("figure")) figure.tagName("div");
            });
        }
    }

    /**
     * The last three rows of each long table in a row group of their own, which print.css keeps on one page: a
     * table never ends with one or two rows alone on a page.
     */
    private static void tableTails(Document document) {
        for (Element tbody : document.select("table > tbody")) {
            List<Element> rows = tbody.children().stream().filter(r -> r.tagName().equals("tr")).toList();
            if (rows.size() < 2 * TABLE_TAIL_ROWS) continue;
            Element tail = new Element("tbody").addClass("table-tail");
            for (Element row : rows.subList(rows.size() - TABLE_TAIL_ROWS, rows.size())) tail.appendChild(row);
            tbody.after(tail);
        }
    }

    /**
     * What PDF/UA needs beyond the site's HTML: charts carry their description as alt text. The page prints each
     * chart's wide shape only; its compact shape is for phones.
     */
    private static void prepareForPdf(Document document) {
        document.select("svg.chart-compact").remove();
        for (Element svg : document.select("svg")) {
            Element desc = svg.selectFirst("desc");
            Element title = svg.selectFirst("title");
            String alt = desc != null ? desc.text() : title != null ? title.text() : "";
            svg.attr("alt", alt);
        }
        document.select("details.chart-data").remove();
    }
}
