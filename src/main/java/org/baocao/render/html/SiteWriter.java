package org.baocao.render.html;

import freemarker.core.ParseException;
import org.baocao.source.IoErrors;
import org.baocao.source.Message;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.baocao.concurrent.Workers;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.i18n.Messages;
import org.baocao.render.DataDownload;
import org.baocao.render.model.BrandModel;
import org.baocao.render.model.ContactsModel;
import org.baocao.render.Links;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedReports;
import org.baocao.render.RenderedSection;
import org.baocao.render.ReportCards;
import org.baocao.render.SitePaths;
import org.baocao.render.TemplateGuard;
import org.baocao.render.Theme;
import org.baocao.render.model.ArchivePage;
import org.baocao.render.model.KeyFigureView;
import org.baocao.render.model.LanguageLink;
import org.baocao.render.model.NotFoundPage;
import org.baocao.render.model.PageLink;
import org.baocao.render.model.ReportCard;
import org.baocao.render.model.ReportPage;
import org.baocao.render.model.SearchPage;
import org.baocao.render.model.SectionPage;
import org.baocao.render.model.SectionView;
import org.baocao.render.model.WebFrame;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * Writes the website: per language an archive, each report's front page and one page per section; then the
 * top-level index (the default language's archive), 404 page, sitemap, robots.txt and the theme's assets.
 */
public final class SiteWriter {
    private final Project project;
    private final Theme theme;
    private final Map<String, Messages> messages;
    private final OutputFolder out;
    private final Diagnostics diagnostics;
    private final List<Sitemap.Page> writtenPages = new ArrayList<>();
    private final BrandModel brand;
    /** The theme's template of the brand's stylesheet, and where the site gets it. */
    private static final String BRAND_STYLES = "brand-site.css.ftl";
    private static final String BRAND_STYLES_FILE = "assets/brand.css";

    public SiteWriter(Project project, Theme theme, Map<String, Messages> messages, OutputFolder out, Diagnostics diagnostics) {
        this.project = project;
        this.theme = theme;
        this.messages = messages;
        this.out = out;
        this.diagnostics = diagnostics;
        this.brand = BrandModel.of(project.site().brand());
    }

    /** @param pdfSizes PDF file sizes by output path; a report without one has no download link */
    public void write(RenderedReports rendered, Map<String, Long> pdfSizes) {
        write(rendered, pdfSizes, one -> true);
    }

    /**
     * The site with the pages of only some reports in some languages (the live preview rewrites those an edit
     * touched): the pages below a report's folder, its search part included, are written when {@code pagesOf}
     * accepts it; the pages of no one report (archives, search, 404) and the search manifests, sitemap and assets always.
     */
    public void write(RenderedReports rendered, Map<String, Long> pdfSizes, Predicate<RenderedReport> pagesOf) {
        // The reports' pages on every core; the sitemap lists them in the same order as ever.
        List<Language> languages = project.site().languages().all();
        List<Callable<List<Sitemap.Page>>> jobs = new ArrayList<>();
        for (Language language : languages) {
            for (Report report : project.reports()) {
                RenderedReport one = rendered.get(report.id(), language);
                jobs.add(() -> writeReport(one, rendered, pdfSizes, pagesOf.test(one)));
            }
        }
        Iterator<List<Sitemap.Page>> written = Workers.run("writing pages", jobs).iterator();
        for (Language language : languages) {
            String code = language.code();
            writeArchive(language, SitePaths.archive(code), rendered, pdfSizes);
            if (language.equals(project.site().languages().defaultLanguage())) {
                writeArchive(language, "", rendered, pdfSizes);
                writePage("404.html", "404.ftlh", code, "404.html", messages.get(code).get("page_not_found"), null, new NotFoundPage(),
                        alternates(code, lang -> Optional.of(SitePaths.archive(lang)), "404.html"));
            }
            writeSearchPage(code);
            List<SearchIndex.Part> parts = new ArrayList<>();
            for (Report report : project.reports()) {
                writtenPages.addAll(written.next());
                parts.add(new SearchIndex.Part(report.id(), report.title().in(code),
                        SearchIndex.partFile(SitePaths.report(code, report))));
            }
            out.write(SearchIndex.manifestFile(code), SearchIndex.manifest(code, language.name(), parts));
        }
        out.write("sitemap.xml", Sitemap.xml(project.site().baseUrl().orElse(""), writtenPages));
        out.write("robots.txt", "User-agent: *\nAllow: /\n"
                + project.site().baseUrl().map(url -> "Sitemap: " + url + "sitemap.xml\n").orElse(""));
        theme.files("assets").forEach(out::write);
        if (!brand.isDefault()) writeBrandStyles();
    }

    /**
     * Only the pages below one report's folder in one language, as {@link #write} writes them: the live preview
     * shows an edited page with these before writing the rest.
     */
    public void writeReportPages(RenderedReport one, RenderedReports rendered, Map<String, Long> pdfSizes) {
        writeReport(one, rendered, pdfSizes, true);
    }

    /**
     * Only the pages of some sections (by their keys) of one report in one language, as {@link #write} writes them:
     * the live preview shows an edited section's page with this first, when the report's other pages cannot differ.
     */
    public void writeSectionPages(RenderedReport one, RenderedReports rendered, Map<String, Long> pdfSizes, Predicate<String> sectionKeys) {
        String title = card(one, SitePaths.report(one.language(), one.report()), pdfSizes).title();
        List<RenderedSection> sections = one.sections();
        for (int i = 0; i < sections.size(); i++) {
            if (sectionKeys.test(sections.get(i).section().key())) writeSectionPage(one, rendered, pdfSizes, i, title, new ArrayList<>());
        }
    }

    /** The brand's colours and fonts as a stylesheet after site.css, from the theme's template. */
    private void writeBrandStyles() {
        try {
            StringWriter css = new StringWriter();
            theme.templates().getTemplate(BRAND_STYLES).process(Map.of("brand", brand), css);
            out.write(BRAND_STYLES_FILE, css.toString());
        } catch (TemplateException e) {
            diagnostics.error(new SourcePosition(themePath(e.getTemplateSourceName(), BRAND_STYLES),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), ""),
                    Message.THEME_TEMPLATE_FAILED, e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile("templates/" + BRAND_STYLES), Message.THEME_TEMPLATE_UNREADABLE, IoErrors.describe(e));
        }
    }

    private void writeArchive(Language language, String path, RenderedReports rendered, Map<String, Long> pdfSizes) {
        String code = language.code();
        List<ReportCard> cards = new ArrayList<>();
        for (Report report : project.reports()) cards.add(card(rendered.get(report.id(), language), path, pdfSizes));
        writePage(path, "archive.ftlh", code, path, messages.get(code).get("reports") + " – " + project.site().organizationName().in(code),
                messages.get(code).get("archive_description") + " " + project.site().organizationName().in(code),
                new ArchivePage(List.copyOf(cards)), alternates(code, lang -> Optional.of(SitePaths.archive(lang)), path));
    }

    /** The search page: the script fills in the results from the index; the page itself is the same for every query. */
    private void writeSearchPage(String code) {
        String path = SitePaths.search(code);
        writePage(path, "search.ftlh", code, path, messages.get(code).get("search") + " – " + project.site().organizationName().in(code),
                null, new SearchPage(SitePaths.root(path) + SearchIndex.manifestFile(code), project.site().languages().all().stream()
                        .filter(other -> !other.code().equals(code)).map(other -> SitePaths.root(path) + SearchIndex.manifestFile(other.code())).toList()),
                alternates(code, lang -> Optional.of(SitePaths.search(lang)), path));
    }

    /**
     * One report's pages in one language and their search part.
     *
     * @param pages false to list the report's pages in the sitemap without writing them or their search part
     * @return the pages as the sitemap lists them
     */
    private List<Sitemap.Page> writeReport(RenderedReport one, RenderedReports rendered, Map<String, Long> pdfSizes, boolean pages) {
        List<Sitemap.Page> sitemap = new ArrayList<>();
        String code = one.language();
        Report report = one.report();
        String path = SitePaths.report(code, report);
        ReportCard card = card(one, path, pdfSizes);
        List<LanguageLink> reportAlternates = alternates(code, lang -> Optional.of(SitePaths.report(lang, report)), path);
        if (pages) {
            writePage(path, "report.ftlh", code, path, card.title(),
                    card.subtitle() != null ? card.subtitle() : card.summary() != null ? card.summary() : card.title(),
                    new ReportPage(card), reportAlternates, report, sitemap);
            for (DataDownload download : one.downloads()) {
                out.write(DataDownload.sitePath(code, report.id(), download.fileName()), download.bytes());
            }
        } else {
            sitemap.add(new Sitemap.Page(path, reportAlternates));
        }
        List<RenderedSection> sections = one.sections();
        for (int i = 0; i < sections.size(); i++) {
            RenderedSection section = sections.get(i);
            String sectionPath = SitePaths.section(code, report, section.narrative());
            if (pages) {
                writeSectionPage(one, rendered, pdfSizes, i, card.title(), sitemap);
            } else {
                sitemap.add(new Sitemap.Page(sectionPath, sectionAlternates(one, rendered, section, sectionPath)));
            }
        }
        // With the pages only: it holds what they show, and the preview keeps the folder of a report it does not write.
        if (pages) out.write(SearchIndex.partFile(path), searchPart(one, card, path));
        return sitemap;
    }

    /** The report's front page and sections in its language, as the search finds them. */
    private static byte[] searchPart(RenderedReport one, ReportCard card, String reportPath) {
        SearchIndex search = new SearchIndex();
        search.add(SitePaths.file(reportPath), card.title(), card.period(), card.subtitle(),
                String.join(" ", card.keyFigures().stream().map(SiteWriter::searchWords).toList()));
        for (RenderedSection section : one.sections()) {
            search.add(SitePaths.file(SitePaths.section(one.language(), one.report(), section.narrative())), section.narrative().title(),
                    card.title(), section.narrative().summary().orElse(null), section.plainText());
        }
        return search.part(SearchIndex.partFile(reportPath));
    }

    /** A key figure's words as its card shows them: "352 văn bản Văn bản chỉ đạo", "12,5% Tỷ lệ" ("%" sticks to the number). */
    private static String searchWords(KeyFigureView figure) {
        String unit = figure.unit() == null ? "" : ("%".equals(figure.unit()) ? "" : " ") + figure.unit();
        return figure.value() + unit + " " + figure.label();
    }

    /** The page of the report's {@code index}th section, listed in {@code sitemap}. */
    private void writeSectionPage(RenderedReport one, RenderedReports rendered, Map<String, Long> pdfSizes, int index, String reportTitle,
                                  List<Sitemap.Page> sitemap) {
        String code = one.language();
        Report report = one.report();
        List<RenderedSection> sections = one.sections();
        RenderedSection section = sections.get(index);
        String sectionPath = SitePaths.section(code, report, section.narrative());
        SectionPage page = new SectionPage(card(one, sectionPath, pdfSizes), sectionView(section, index + 1, one, sectionPath),
                index > 0 ? link(sections.get(index - 1), one, sectionPath) : null,
                index + 1 < sections.size() ? link(sections.get(index + 1), one, sectionPath) : null);
        writePage(sectionPath, "section.ftlh", code, sectionPath, section.narrative().title() + " – " + reportTitle,
                section.narrative().summary().orElse(reportTitle), page, sectionAlternates(one, rendered, section, sectionPath),
                report, sitemap);
    }

    private List<LanguageLink> sectionAlternates(RenderedReport one, RenderedReports rendered, RenderedSection section, String sectionPath) {
        Report report = one.report();
        String key = section.section().key();
        return alternates(one.language(), lang -> rendered.get(report.id(), project.site().languages().get(lang)).section(key)
                        .map(s -> SitePaths.section(lang, report, s.narrative())),
                sectionPath, SitePaths.report(one.language(), report));
    }

    private SectionView sectionView(RenderedSection section, int number, RenderedReport one, String fromPath) {
        String html = Links.resolve(section.html(), SitePaths.root(fromPath), (key, fragment) ->
                one.section(key).map(s -> SitePaths.href(fromPath, SitePaths.section(one.language(), one.report(), s.narrative()))
                        + (fragment.isEmpty() ? "" : "#" + fragment)).orElse("#"));
        return new SectionView(section.section().key(), section.section().key(), number, section.narrative().title(),
                section.narrative().summary().orElse(null), html,
                section.headings().stream().filter(h -> h.level() == 2).toList());
    }

    private PageLink link(RenderedSection section, RenderedReport one, String fromPath) {
        return new PageLink(section.narrative().title(), SitePaths.href(fromPath, SitePaths.section(one.language(), one.report(), section.narrative())));
    }

    ReportCard card(RenderedReport one, String fromPath, Map<String, Long> pdfSizes) {
        Report report = one.report();
        String pdfPath = SitePaths.pdf(one.language(), report);
        Long pdfSize = pdfSizes.get(pdfPath);
        return ReportCards.card(one, project, new ReportCards.Places() {
            @Override
            public String report() {
                return SitePaths.href(fromPath, SitePaths.report(one.language(), report));
            }

            @Override
            public String section(Language language, Section section, Narrative narrative) {
                return SitePaths.href(fromPath, SitePaths.section(language.code(), report, narrative));
            }

            @Override
            public String file(String path) {
                return SitePaths.root(fromPath) + path;
            }
        }, pdfSize == null ? null : SitePaths.root(fromPath) + pdfPath, pdfSize == null ? null : FileSizes.format(pdfSize, one.formats()));
    }

    /** The report's cover image, from the output's root. */
    private static Optional<String> coverPath(Report report) {
        return report.cover().map(c -> "media/" + report.id() + "/" + c.replaceFirst("^media/", ""));
    }

    private List<LanguageLink> alternates(String current, Function<String, Optional<String>> pathIn, String fromPath) {
        return alternates(current, pathIn, fromPath, SitePaths.archive(current));
    }

    private List<LanguageLink> alternates(String current, Function<String, Optional<String>> pathIn,
                                          String fromPath, String fallbackInCurrent) {
        List<LanguageLink> links = new ArrayList<>();
        for (Language language : project.site().languages().all()) {
            Optional<String> path = pathIn.apply(language.code());
            String target = path.orElse(fallbackInCurrent.replaceFirst("^" + current + "/", language.code() + "/"));
            String href = link(fromPath, target) + (path.isPresent() ? "" : "#not-translated");
            String absolute = project.site().baseUrl().map(url -> url + target).orElse(null);
            links.add(new LanguageLink(language.code(), language.name(), language.locale().toLanguageTag(), target, href,
                    path.isPresent() ? absolute : null, language.code().equals(current), path.isPresent()));
        }
        return links;
    }

    private void writePage(String path, String templateName, String code, String pagePath, String title, String description,
                           Record page, List<LanguageLink> alternates) {
        writePage(path, templateName, code, pagePath, title, description, page, alternates, null, writtenPages);
    }

    /**
     * @param description the meta description, or null for the title
     * @param report      the report the page belongs to, or null: its cover is the page's link preview image (else the
     *                    logo), and the search from the page looks through its pages first
     * @param sitemap     where a page the sitemap lists is noted
     */
    private void writePage(String path, String templateName, String code, String pagePath, String title, String description,
                           Record page, List<LanguageLink> alternates, Report report, List<Sitemap.Page> sitemap) {
        boolean listed = !path.equals("404.html") && !path.equals(SitePaths.search(code));
        WebFrame frame = new WebFrame(code, project.site().languages().get(code), alternates, messages.get(code).strings(), title,
                description == null ? title : description,
                root(pagePath),
                link(pagePath, SitePaths.archive(code)), link(pagePath, SitePaths.search(code)), report == null ? null : report.id(),
                project.site().organizationName().in(code), project.site().organizationShortName().in(code),
                listed ? project.site().baseUrl().map(url -> url + pagePath).orElse(null) : null,
                project.site().baseUrl().orElse(null), !listed,
                brand, brand.isDefault() ? null : root(pagePath) + BRAND_STYLES_FILE,
                ContactsModel.of(project.site().contacts(), code),
                // Absolute with base_url, as link previews need.
                Optional.ofNullable(report).flatMap(SiteWriter::coverPath).or(() -> Optional.ofNullable(brand.logo()))
                        .map(file -> project.site().baseUrl().orElse(root(pagePath)) + file).orElse(null));
        try {
            StringWriter html = new StringWriter();
            TemplateGuard.Stopped stopped = theme.process(templateName, page, frame, html);
            if (stopped != null) {
                diagnostics.error(new SourcePosition(themePath(null, templateName), stopped.line(), stopped.column(), ""),
                        stopped.message(), stopped.arguments());
                return;
            }
            out.write(SitePaths.file(path), html.toString());
            if (listed) sitemap.add(new Sitemap.Page(path, alternates));
        } catch (TemplateException e) {
            diagnostics.error(new SourcePosition(themePath(e.getTemplateSourceName(), templateName),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), ""),
                    Message.THEME_TEMPLATE_FAILED, e.getMessageWithoutStackTop().lines().findFirst().orElse(""));
        } catch (ParseException e) {
            diagnostics.add(TemplateGuard.syntaxError(e, themePath(e.getTemplateName(), templateName)));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile("templates/" + templateName), Message.THEME_TEMPLATE_UNREADABLE, IoErrors.describe(e));
        }
    }

    /**
     * A web server shows 404.html at whatever address was asked for, so its links cannot be relative to its own
     * place; with base_url they are absolute. Without it they are relative to the top, which suits most hosts.
     */
    private String root(String pagePath) {
        return servedAnywhere(pagePath) ? project.site().baseUrl().orElseThrow() : SitePaths.root(pagePath);
    }

    private boolean servedAnywhere(String pagePath) {
        return pagePath.equals("404.html") && project.site().baseUrl().isPresent();
    }

    private String link(String fromPath, String toPath) {
        return servedAnywhere(fromPath) ? project.site().baseUrl().orElseThrow() + SitePaths.file(toPath) : SitePaths.href(fromPath, toPath);
    }

    private String themePath(String sourceName, String fallback) {
        String name = sourceName == null ? fallback : sourceName;
        return theme.projectFile(name).isPresent() ? "templates/" + name : "(built-in theme) " + name;
    }
}
