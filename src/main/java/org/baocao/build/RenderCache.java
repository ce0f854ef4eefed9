package org.baocao.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import org.baocao.content.KeptContent;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.i18n.Messages;
import org.baocao.render.MessagesLoader;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.ReplayableReport;
import org.baocao.render.ReportRenderer;
import org.baocao.render.Theme;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Kept;
import org.baocao.yaml.YamlMemo;

/**
 * What one load made, kept for the next load of the same project: each report rendered in each language and the
 * checks of each report, with their warnings, the theme with its templates parsed, the data sets parsed, the
 * narratives and each report's data sets as read, and each file's text scan. A plain build uses a new cache and keeps
 * nothing. The live preview keeps one and, since it knows which files changed, tells it what to
 * {@link #forget}: nothing is fingerprinted, so reusing costs nothing. Renderings or checks with errors are never
 * kept.
 */
public final class RenderCache {
    /** A rendering and its warnings; {@code edited}: the sections whose narrative changed since, to render again. */
    private record Entry(ReplayableReport rendered, List<Diagnostic> diagnostics, Set<String> edited) {
        Entry editing(String sectionKey) {
            Set<String> now = new HashSet<>(edited);
            now.add(sectionKey);
            return new Entry(rendered, diagnostics, Set.copyOf(now));
        }
    }

    /** A report's checks; the figure parity check runs only on content without errors, so it may have been left out. */
    private record Checked(boolean withParity, List<Diagnostic> diagnostics) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, Checked> checks = new ConcurrentHashMap<>();
    private final Set<String> renderedLastTime = ConcurrentHashMap.newKeySet();
    private final YamlMemo dataSets = new YamlMemo();
    private final KeptContent content;
    private final Kept<Boolean> textScans;
    private final boolean keeps;
    private volatile Theme theme;
    /** The interface strings, loaded from the theme kept and the project's own strings in these languages. */
    private record KeptMessages(Theme theme, List<Object> inputs, Map<String, Messages> messages, List<Diagnostic> diagnostics) {}

    private volatile KeptMessages messages;

    /** A cache kept between loads, as the live preview does. */
    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean keeps) {
        this.keeps = keeps;
        this.content = keeps ? KeptContent.between() : KeptContent.nothing();
        this.textScans = keeps ? Kept.between() : Kept.nothing();
    }

    /** For a single load (a build, a check): it keeps nothing, so it holds no memory past the load. */
    public static RenderCache forOneLoad() {
        return new RenderCache(false);
    }

    /** The data sets parsed by earlier loads: a data set's file that did not change is not parsed again. */
    YamlMemo dataSets() {
        return dataSets;
    }

    /** The narratives and data sets read by earlier loads. */
    KeptContent content() {
        return content;
    }

    /** The findings of the text scan of each file, by earlier loads. */
    Kept<Boolean> textScans() {
        return textScans;
    }

    /** Forgets what was read from one file ({@code path} relative to the project, with '/'): it changed. */
    public void forgetFile(String path) {
        content.forgetFile(path);
        textScans.forget(path);
    }

    /** Forgets everything: the next load reads every file and the theme, and renders and checks every report again. */
    public void clear() {
        content.clear();
        textScans.clear();
        entries.clear();
        checks.clear();
        theme = null;
        messages = null;
    }

    /**
     * Forgets one report in every language, its checks and its data and narratives as read: one of its files, or a
     * data set it names, changed.
     */
    public void forget(String reportId) {
        content.forgetReport(reportId);
        entries.keySet().removeIf(key -> key.startsWith(reportId + "/"));
        checks.remove(reportId);
    }

    /**
     * Forgets one section of a report in one language, and the report's checks: the narrative of that section and
     * language changed. The next load renders that section alone when it can (see {@link ReportRenderer#renderSection}),
     * else the report in that language.
     */
    public void forget(String reportId, String language, String sectionKey) {
        entries.computeIfPresent(reportId + "/" + language, (key, entry) -> entry.editing(sectionKey));
        checks.remove(reportId);
    }

    /** The theme, its templates parsed once until {@link #clear()}: the caller clears when a theme file changes. */
    Theme theme(Path projectRoot) {
        Theme kept = theme;
        if (kept == null || !kept.projectRoot().equals(projectRoot)) {
            kept = new Theme(projectRoot);
            theme = kept;
        }
        return kept;
    }

    /**
     * The interface strings of every language, loaded again only with a new theme (after {@link #clear()}, which a
     * change to the theme or to content/i18n, site.yaml, brings) or other project strings or languages.
     */
    Map<String, Messages> messages(Project project, Theme theme, Diagnostics diagnostics) {
        if (!keeps) return MessagesLoader.load(project, theme, diagnostics);
        List<Object> inputs = List.of(project.site().languages().all().stream().map(Language::code).toList(), project.i18nOverrides());
        KeptMessages kept = messages;
        if (kept != null && kept.theme() == theme && kept.inputs().equals(inputs)) {
            kept.diagnostics().forEach(diagnostics::add);
            return kept.messages();
        }
        Diagnostics own = new Diagnostics();
        Map<String, Messages> loaded = Collections.unmodifiableMap(MessagesLoader.load(project, theme, own));
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        messages = own.hasErrors() ? null : new KeptMessages(theme, inputs, loaded, found);
        return loaded;
    }

    /** "reportId/language" of every rendering the last load had to make, i.e. not taken from the cache. */
    public Set<String> renderedByLastLoad() {
        return Set.copyOf(renderedLastTime);
    }

    void startLoad() {
        renderedLastTime.clear();
    }

    RenderedReport render(Project project, Report report, String language, Messages messages, Diagnostics diagnostics,
                          Function<Diagnostics, ReportRenderer> renderer) {
        if (!keeps) return renderer.apply(diagnostics).render(report, language, messages);
        String key = report.id() + "/" + language;
        Entry entry = entries.get(key);
        Optional<ReplayableReport> kept = entry == null ? Optional.empty() : rebind(entry.rendered(), project, report, messages);
        if (kept.isPresent() && entry.edited().isEmpty()) {
            entry.diagnostics().forEach(diagnostics::add);
            return kept.get().rendered();
        }
        renderedLastTime.add(key);
        Diagnostics own = new Diagnostics();
        ReportRenderer using = renderer.apply(own);
        // One section edited, with the same interface strings: that section alone, when its figures renumber nothing.
        boolean oneSection = kept.isPresent() && entry.edited().size() == 1 && entry.rendered().rendered().messages() == messages;
        ReplayableReport rendered = (oneSection ? using.renderSection(kept.get(), report, entry.edited().iterator().next(), messages)
                : Optional.<ReplayableReport>empty()).orElseGet(() -> using.renderReplayable(report, language, messages));
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        if (own.hasErrors()) {
            entries.remove(key);
        } else {
            entries.put(key, new Entry(rendered, found, Set.of()));
        }
        return rendered.rendered();
    }

    /**
     * Runs {@code check} on one report unless its result is kept: kept without errors, and with the parity check
     * when that is asked for now.
     */
    void check(String reportId, boolean withParity, Diagnostics diagnostics, Consumer<Diagnostics> check) {
        if (!keeps) {
            check.accept(diagnostics);
            return;
        }
        Checked kept = checks.get(reportId);
        if (kept != null && kept.withParity() == withParity) {
            kept.diagnostics().forEach(diagnostics::add);
            return;
        }
        Diagnostics own = new Diagnostics();
        check.accept(own);
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        if (own.hasErrors()) {
            checks.remove(reportId);
        } else {
            checks.put(reportId, new Checked(withParity, found));
        }
    }

    /**
     * The kept rendering, pointing at the newly loaded model (equal inputs, but e.g. a new report title); empty when
     * the report's sections in that language are no longer those rendered, which a caller that forgets correctly never
     * lets happen.
     */
    private static Optional<ReplayableReport> rebind(ReplayableReport replayable, Project project, Report report, Messages messages) {
        RenderedReport old = replayable.rendered();
        List<String> now = report.sections().stream().filter(s -> s.in(old.language()).isPresent()).map(Section::key).toList();
        if (!now.equals(old.sections().stream().map(s -> s.section().key()).toList())) return Optional.empty();
        List<RenderedSection> sections = new ArrayList<>();
        for (RenderedSection s : old.sections()) {
            Optional<Narrative> narrative = report.section(s.section().key()).flatMap(section -> section.in(old.language()));
            if (narrative.isEmpty()) return Optional.empty();
            Section section = report.section(s.section().key()).orElseThrow();
            sections.add(s.of(section, narrative.get()));
        }
        return Optional.of(replayable.with(new RenderedReport(report, old.language(), ReportRenderer.formats(project, old.language(), messages),
                messages, List.copyOf(sections), old.media(), old.downloads())));
    }
}
