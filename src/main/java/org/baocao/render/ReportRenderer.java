package org.baocao.render;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Formats;
import org.baocao.i18n.Messages;
import org.baocao.markdown.MarkdownRenderer;
import org.baocao.markdown.Nesting;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * Turns each report's narratives into HTML for one language: FreeMarker (figures from the data sets), then
 * Markdown, then the finishing touches of {@link HtmlPostProcessor}. Shared by the site and the PDF, so both
 * editions print exactly the same text and figures.
 */
public final class ReportRenderer {
    private final NarrativeTemplates templates;
    private final MarkdownRenderer markdown;
    private final Project project;
    private final Theme theme;
    private final Diagnostics diagnostics;

    /** @param theme the theme whose macros draw the charts and tables */
    public ReportRenderer(Project project, Theme theme, NarrativeTemplates templates, MarkdownRenderer markdown, Diagnostics diagnostics) {
        this.project = project;
        this.theme = theme;
        this.templates = templates;
        this.markdown = markdown;
        this.diagnostics = diagnostics;
    }

    public RenderedReport render(Report report, String language, Messages messages) {
        Formats formats = formats(project, language, messages);
        Figures figures = new Figures(report, language, formats, messages, theme,
                project.site().brand().colors().chartHexes(), diagnostics);
        HtmlPostProcessor post = new HtmlPostProcessor(project.root(), messages.get("footnote_back"), diagnostics);
        Map<String, String> keysByFile = new LinkedHashMap<>();
        report.sections().forEach(s -> keysByFile.put(s.key() + ".md", s.key()));

        List<RenderedSection> sections = new ArrayList<>();
        List<MediaFile> media = new ArrayList<>();
        for (Section section : report.sections()) {
            Narrative narrative = section.narratives().get(language);
            if (narrative == null) continue;
            figures.startSection(section.key());
            NarrativeTemplates.Evaluated evaluated = templates.evaluate(narrative, report, project.allReports(), formats,
                    messages.get("date_format"), figures, diagnostics);
            if (evaluated == null || tooDeep(narrative)) continue;
            String html;
            try {
                html = markdown.toHtml(evaluated.markdown());
            } catch (StackOverflowError e) {
                // The check above counts what the author wrote; values printed from the data sets could add more.
                diagnostics.error(SourcePosition.of(narrative.file(), narrative.bodyLine(), 1), Message.MARKDOWN_UNREADABLE_DEPTH);
                continue;
            }
            Document document = project.site().unsafeHtml() ? HtmlPostProcessor.parse(html) : NarrativeHtml.sanitised(html);
            evaluated.placeFigures(document.body());
            HtmlPostProcessor.Result result = post.process(document, narrative, report, keysByFile);
            sections.add(new RenderedSection(section, narrative, result.html(), result.headings(), result.plainText(), result.anchors()));
            media.addAll(result.media());
        }
        figures.checkReferences();
        List<RenderedSection> resolved = sections.stream().map(s -> new RenderedSection(s.section(), s.narrative(),
                figures.resolveReferences(s.html()), s.headings(), figures.resolveReferenceText(s.plainText()), s.anchors())).toList();
        return new RenderedReport(report, language, formats, messages, resolved, List.copyOf(media), figures.downloads());
    }

    /** Quotes or lists nested beyond {@link Nesting#MAX_DEPTH} levels, reported where the limit is passed. */
    private boolean tooDeep(Narrative narrative) {
        Nesting.TooDeep deep = Nesting.firstTooDeep(narrative.body());
        if (deep == null) return false;
        diagnostics.error(SourcePosition.of(narrative.file(), narrative.bodyLine() + deep.line(), deep.column() + 1),
                Message.MARKDOWN_TOO_DEEP, Nesting.MAX_DEPTH);
        return true;
    }

    public static Formats formats(Project project, String language, Messages messages) {
        return new Formats(project.site().languages().get(language).locale(), messages.get("date_format"), project.site().currency());
    }
}
