package org.baocao.render.html;

import freemarker.core.ParseException;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.baocao.build.OutputFolder;
import org.baocao.content.KeyFigure;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.i18n.Messages;
import org.baocao.render.Links;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.TemplateGuard;
import org.baocao.render.Theme;
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

    public SiteWriter(Project project, Theme theme, Map<String, Messages> messages, OutputFolder out, Diagnostics diagnostics) {
        this.project = project;
        this.theme = theme;
        this.messages = messages;
        this.out = out;
        this.diagnostics = diagnostics;
    }

    /**
     * @param rendered by report id, then language
     * @param pdfSizes PDF file sizes by output path; a report without one has no download link
     */
    public void write(Map<String, Map<String, RenderedReport>> rendered, Map<String, Long> pdfSizes) {
        SearchIndex search = new SearchIndex();
        for (Language language : project.site().languages().all()) {
            String code = language.code();
            writeArchive(code, SitePaths.archive(code), rendered, pdfSizes);
            if (language.equals(project.site().languages().defaultLanguage())) {
                writeArchive(code, "", rendered, pdfSizes);
                writePage("404.html", "404.ftlh", code, "404.html", Map.of("title", messages.get(code).get("page_not_found")),
                        alternates(code, lang -> Optional.of(SitePaths.archive(lang)), "404.html"));
            }
            writeSearchPage(code);
            for (Report report : project.reports()) {
                writeReport(rendered.get(report.id()).get(code), rendered.get(report.id()), pdfSizes, search);
            }
        }
        Map<String, String> languageNames = new LinkedHashMap<>();
        project.site().languages().all().forEach(l -> languageNames.put(l.code(), l.name()));
        out.write(SearchIndex.FILE, search.script(languageNames));
        out.write("sitemap.xml", Sitemap.xml(project.site().baseUrl().orElse(""), writtenPages));
        out.write("robots.txt", "User-agent: *\nAllow: /\n"
                + project.site().baseUrl().map(url -> "Sitemap: " + url + "sitemap.xml\n").orElse(""));
        theme.files("assets").forEach(out::write);
    }

    private void writeArchive(String code, String path, Map<String, Map<String, RenderedReport>> rendered, Map<String, Long> pdfSizes) {
        List<ReportCard> cards = new ArrayList<>();
        for (Report report : project.reports()) cards.add(card(rendered.get(report.id()).get(code), path, pdfSizes));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", messages.get(code).get("reports") + " – " + project.site().organizationName().in(code));
        model.put("description", messages.get(code).get("archive_description") + " " + project.site().organizationName().in(code));
        model.put("reports", cards);
        writePage(path, "archive.ftlh", code, path, model, alternates(code, lang -> Optional.of(SitePaths.archive(lang)), path));
    }

    /** The search page: the script fills in the results from the index; the page itself is the same for every query. */
    private void writeSearchPage(String code) {
        String path = SitePaths.search(code);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("title", messages.get(code).get("search") + " – " + project.site().organizationName().in(code));
        model.put("searchIndexHref", SitePaths.root(path) + SearchIndex.FILE);
        writePage(path, "search.ftlh", code, path, model, alternates(code, lang -> Optional.of(SitePaths.search(lang)), path));
    }

    private void writeReport(RenderedReport one, Map<String, RenderedReport> allLanguages, Map<String, Long> pdfSizes,
                             SearchIndex search) {
        String code = one.language();
        Report report = one.report();
        String path = SitePaths.report(code, report);
        Map<String, Object> model = new LinkedHashMap<>();
        ReportCard card = card(one, path, pdfSizes);
        model.put("title", card.title());
        model.put("description", card.subtitle() != null ? card.subtitle() : card.summary() != null ? card.summary() : card.title());
        model.put("report", card);
        writePage(path, "report.ftlh", code, path, model, alternates(code, lang -> Optional.of(SitePaths.report(lang, report)), path));
        search.add(code, SitePaths.file(path), card.title(), card.period(), card.subtitle(),
                String.join(" ", card.keyFigures().stream().map(f -> f.value() + " " + f.label()).toList()));

        List<RenderedSection> sections = one.sections();
        for (int i = 0; i < sections.size(); i++) {
            RenderedSection section = sections.get(i);
            String sectionPath = SitePaths.section(code, report, section.narrative());
            ReportCard sectionCard = card(one, sectionPath, pdfSizes);
            Map<String, Object> page = new LinkedHashMap<>();
            page.put("title", section.narrative().title() + " – " + card.title());
            page.put("description", section.narrative().summary().orElse(card.title()));
            page.put("report", sectionCard);
            page.put("section", sectionModel(section, one, sectionPath));
            page.put("previous", i > 0 ? link(sections.get(i - 1), one, sectionPath) : null);
            page.put("next", i + 1 < sections.size() ? link(sections.get(i + 1), one, sectionPath) : null);
            String key = section.section().key();
            writePage(sectionPath, "section.ftlh", code, sectionPath, page, alternates(code, lang -> {
                RenderedReport other = allLanguages.get(lang);
                return other.section(key).map(s -> SitePaths.section(lang, report, s.narrative()));
            }, sectionPath, SitePaths.report(code, report)));
            search.add(code, SitePaths.file(sectionPath), section.narrative().title(), card.title(),
                    section.narrative().summary().orElse(null), section.plainText());
        }
    }

    private Map<String, Object> sectionModel(RenderedSection section, RenderedReport one, String fromPath) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("key", section.section().key());
        model.put("title", section.narrative().title());
        model.put("summary", section.narrative().summary().orElse(null));
        model.put("html", Links.resolve(section.html(), SitePaths.root(fromPath), (key, fragment) ->
                one.section(key).map(s -> SitePaths.href(fromPath, SitePaths.section(one.language(), one.report(), s.narrative()))
                        + (fragment.isEmpty() ? "" : "#" + fragment)).orElse("#")));
        model.put("headings", section.headings().stream().filter(h -> h.level() == 2).toList());
        return model;
    }

    private PageLink link(RenderedSection section, RenderedReport one, String fromPath) {
        return new PageLink(section.narrative().title(), SitePaths.href(fromPath, SitePaths.section(one.language(), one.report(), section.narrative())));
    }

    ReportCard card(RenderedReport one, String fromPath, Map<String, Long> pdfSizes) {
        Report report = one.report();
        String code = one.language();
        String pdfPath = SitePaths.pdf(code, report);
        Long pdfSize = pdfSizes.get(pdfPath);
        List<KeyFigureView> figures = new ArrayList<>();
        for (KeyFigure figure : report.keyFigures()) {
            figures.add(KeyFigureChanges.view(figure, report, project.reports(), one.formats(), code));
        }
        List<SectionEntry> sections = new ArrayList<>();
        int number = 0;
        for (Section section : report.sections()) {
            Optional<Narrative> here = section.in(code);
            number++;
            if (here.isPresent()) {
                Narrative n = here.get();
                sections.add(new SectionEntry(section.key(), number, n.title(), n.summary().orElse(null),
                        SitePaths.href(fromPath, SitePaths.section(code, report, n)), true, null, null));
            } else {
                Language other = project.site().languages().all().stream().filter(l -> section.in(l.code()).isPresent()).findFirst().orElseThrow();
                Narrative n = section.in(other.code()).orElseThrow();
                sections.add(new SectionEntry(section.key(), number, n.title(), n.summary().orElse(null),
                        SitePaths.href(fromPath, SitePaths.section(other.code(), report, n)), false, other.name(), other.code()));
            }
        }
        String cover = report.cover().map(c -> SitePaths.root(fromPath) + "media/" + report.id() + "/" + c.replaceFirst("^media/", "")).orElse(null);
        String summary = report.sections().stream().flatMap(s -> s.in(code).stream()).findFirst()
                .flatMap(Narrative::summary).orElse(null);
        return new ReportCard(report.id(), report.title().in(code), report.subtitle().map(s -> s.in(code)).orElse(null), summary,
                one.formats().date(report.start()) + " – " + one.formats().date(report.end()),
                one.formats().date(report.published()), report.end().getYear(),
                SitePaths.href(fromPath, SitePaths.report(code, report)),
                pdfSize == null ? null : SitePaths.root(fromPath) + pdfPath,
                pdfSize == null ? null : FileSizes.format(pdfSize, one.formats()), cover, report.title().in(code),
                List.copyOf(figures), List.copyOf(sections), report.draft());
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

    private void writePage(String path, String templateName, String code, String pagePath, Map<String, Object> pageModel,
                           List<LanguageLink> alternates) {
        Map<String, Object> model = new LinkedHashMap<>(pageModel);
        Language language = project.site().languages().get(code);
        model.put("lang", code);
        model.put("language", language);
        model.put("languages", alternates);
        model.put("t", messages.get(code).strings());
        model.put("root", servedAnywhere(pagePath) ? project.site().baseUrl().orElseThrow() : SitePaths.root(pagePath));
        model.put("home", link(pagePath, SitePaths.archive(code)));
        model.put("searchHref", link(pagePath, SitePaths.search(code)));
        model.put("organization", project.site().organizationName().in(code));
        model.put("organizationShort", project.site().organizationShortName().in(code));
        boolean listed = !path.equals("404.html") && !path.equals(SitePaths.search(code));
        model.put("canonical", listed ? project.site().baseUrl().map(url -> url + pagePath).orElse(null) : null);
        model.put("noindex", !listed);
        model.put("baseUrl", project.site().baseUrl().orElse(null));
        model.putIfAbsent("description", model.get("title"));
        try {
            Template template = theme.templates().getTemplate(templateName);
            StringWriter html = new StringWriter();
            TemplateGuard.Stopped stopped = TemplateGuard.run(() -> theme.source(templateName), html, writer -> template.process(model, writer));
            if (stopped != null) {
                diagnostics.error(new SourcePosition(themePath(null, templateName), stopped.line(), stopped.column(), ""),
                        stopped.message(), stopped.hint());
                return;
            }
            out.write(SitePaths.file(path), html.toString());
            if (listed) writtenPages.add(new Sitemap.Page(path, alternates));
        } catch (TemplateException e) {
            diagnostics.error(new SourcePosition(themePath(e.getTemplateSourceName(), templateName),
                            e.getLineNumber() == null ? 0 : e.getLineNumber(), e.getColumnNumber() == null ? 0 : e.getColumnNumber(), ""),
                    "theme template failed: " + e.getMessageWithoutStackTop().lines().findFirst().orElse(""),
                    "fix the template, or remove your copy to use the default theme's");
        } catch (ParseException e) {
            diagnostics.add(TemplateGuard.syntaxError(e, themePath(e.getTemplateName(), templateName)));
        } catch (IOException e) {
            diagnostics.error(SourcePosition.wholeFile("templates/" + templateName), "theme template cannot be read: " + e.getMessage(),
                    "check the template's name and syntax");
        }
    }

    /**
     * A web server shows 404.html at whatever address was asked for, so its links cannot be relative to its own
     * place; with base_url they are absolute. Without it they are relative to the top, which suits most hosts.
     */
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
