package org.baocao.render;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baocao.render.model.Heading;
import org.baocao.source.Diagnostic;
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
        return renderAll(report, language, messages, false).rendered();
    }

    /** As {@link #render}, keeping what {@link #renderSection} needs to render one section of it again alone. */
    public ReplayableReport renderReplayable(Report report, String language, Messages messages) {
        return renderAll(report, language, messages, true);
    }

    private ReplayableReport renderAll(Report report, String language, Messages messages, boolean replayable) {
        Formats formats = formats(project, language, messages);
        Figures figures = figures(report, language, formats, messages);
        Map<String, String> keysByFile = keysByFile(report);
        List<Unresolved> sections = new ArrayList<>();
        List<MediaFile> media = new ArrayList<>();
        List<ReplayableReport.SectionStart> starts = new ArrayList<>();
        for (Section section : report.sections()) {
            Narrative narrative = section.narratives().get(language);
            if (narrative == null) continue;
            // Each section's problems apart, to be kept with it, when it may be rendered again alone.
            Diagnostics own = replayable ? new Diagnostics() : diagnostics;
            Figures.State start = replayable ? figures.state() : null;
            figures.startSection(section.key(), own);
            Part part = renderOne(report, narrative, formats, messages, figures, keysByFile, own);
            if (replayable) {
                List<Diagnostic> found = own.sorted();
                found.forEach(diagnostics::add);
                starts.add(new ReplayableReport.SectionStart(section.key(), start, found, part == null ? List.of() : part.media()));
            }
            if (part == null) continue;
            sections.add(new Unresolved(section, narrative, part));
            media.addAll(part.media());
        }
        figures.checkReferences(diagnostics);
        List<RenderedSection> resolved = sections.stream().map(s -> resolved(s.section(), s.narrative(), s.part(), figures)).toList();
        RenderedReport rendered = new RenderedReport(report, language, formats, messages, resolved, List.copyOf(media), figures.downloads());
        return new ReplayableReport(rendered, starts, replayable ? figures.state() : null);
    }

    /**
     * {@code previous} (pointing at the newly loaded {@code report}) with the one section {@code sectionKey} rendered
     * again alone, its figures numbered from where the previous rendering's numbering stood at its start. Empty when
     * the section's figures would number or name those of the sections after it otherwise, a cross-reference of it
     * finds nothing, or it has an error: the whole report must be rendered again, which reports the errors as a full
     * build does. Problems go to the diagnostics only when it is not empty.
     */
    public Optional<ReplayableReport> renderSection(ReplayableReport previous, Report report, String sectionKey, Messages messages) {
        RenderedReport old = previous.rendered();
        List<ReplayableReport.SectionStart> starts = previous.sections();
        List<String> keys = starts.stream().map(ReplayableReport.SectionStart::key).toList();
        int index = keys.indexOf(sectionKey);
        Optional<Narrative> narrative = report.section(sectionKey).flatMap(section -> section.in(old.language()));
        if (index < 0 || narrative.isEmpty() || previous.end() == null
                || !keys.equals(old.sections().stream().map(s -> s.section().key()).toList())) return Optional.empty();
        Formats formats = formats(project, old.language(), messages);
        Figures figures = figures(report, old.language(), formats, messages);
        figures.restore(starts.get(index).figures());
        Diagnostics own = new Diagnostics();
        figures.startSection(sectionKey, own);
        Part part = renderOne(report, narrative.get(), formats, messages, figures, keysByFile(report), own);
        Figures.State next = index + 1 < starts.size() ? starts.get(index + 1).figures() : previous.end();
        if (part == null || own.hasErrors() || !figures.state().equals(next)) return Optional.empty();
        // The numbering of the whole report, unchanged, against which this section's cross-references resolve.
        figures.restore(previous.end());
        Diagnostics unplaced = new Diagnostics();
        figures.checkReferences(unplaced);
        if (unplaced.hasErrors()) return Optional.empty();

        List<Diagnostic> found = own.sorted();
        List<ReplayableReport.SectionStart> nowStarts = new ArrayList<>(starts);
        nowStarts.set(index, new ReplayableReport.SectionStart(sectionKey, starts.get(index).figures(), found, part.media()));
        List<RenderedSection> sections = new ArrayList<>(old.sections());
        Section section = report.section(sectionKey).orElseThrow();
        sections.set(index, resolved(section, narrative.get(), part, figures));
        List<MediaFile> media = new ArrayList<>();
        for (ReplayableReport.SectionStart start : nowStarts) {
            start.diagnostics().forEach(diagnostics::add);
            media.addAll(start.media());
        }
        return Optional.of(new ReplayableReport(new RenderedReport(report, old.language(), formats, messages, List.copyOf(sections),
                List.copyOf(media), old.downloads()), nowStarts, previous.end()));
    }

    private record Part(String html, List<Heading> headings, String plainText, RenderedSection.Anchors anchors, List<MediaFile> media) {}

    /** A section rendered, waiting for the whole report's numbering to resolve its cross-references. */
    private record Unresolved(Section section, Narrative narrative, Part part) {}

    /** One narrative evaluated, turned into HTML and finished, its cross-references not resolved yet; null after an error. */
    private Part renderOne(Report report, Narrative narrative, Formats formats, Messages messages, Figures figures,
                           Map<String, String> keysByFile, Diagnostics into) {
        NarrativeTemplates.Evaluated evaluated = templates.evaluate(narrative, report, project.allReports(), formats,
                messages.get("date_format"), figures, into);
        if (evaluated == null || tooDeep(narrative, into)) return null;
        String html = markdown.toHtml(evaluated.markdown());
        Document document = project.site().unsafeHtml() ? HtmlPostProcessor.parse(html) : NarrativeHtml.sanitised(html);
        evaluated.placeFigures(document.body());
        HtmlPostProcessor.Result result = new HtmlPostProcessor(project.root(), messages.get("footnote_back"), into)
                .process(document, narrative, report, keysByFile);
        return new Part(result.html(), result.headings(), result.plainText(), result.anchors(), result.media());
    }

    private Figures figures(Report report, String language, Formats formats, Messages messages) {
        return new Figures(report, language, formats, messages, theme, project.site().brand().colors().chartHexes());
    }

    private static Map<String, String> keysByFile(Report report) {
        Map<String, String> keysByFile = new LinkedHashMap<>();
        report.sections().forEach(s -> keysByFile.put(s.key() + ".md", s.key()));
        return keysByFile;
    }

    /** The section as kept, made once its references are resolved: a {@link RenderedSection} encodes its text. */
    private static RenderedSection resolved(Section section, Narrative narrative, Part part, Figures figures) {
        return new RenderedSection(section, narrative, figures.resolveReferences(part.html()), part.headings(),
                figures.resolveReferenceText(part.plainText()), part.anchors());
    }

    /** Quotes or lists nested beyond {@link Nesting#MAX_DEPTH} levels, reported where the limit is passed. */
    private static boolean tooDeep(Narrative narrative, Diagnostics diagnostics) {
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
