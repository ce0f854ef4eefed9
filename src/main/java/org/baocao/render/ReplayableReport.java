package org.baocao.render;

import java.util.List;
import org.baocao.source.Diagnostic;

/**
 * A report rendered in one language, with what {@link ReportRenderer#renderSection} needs to render one of its sections
 * again alone: where the figures' numbering stood at each section's start and at the end, and each section's problems
 * and images.
 */
public final class ReplayableReport {
    /** One section as the full rendering made it; {@code figures} is the numbering at its start. */
    record SectionStart(String key, Figures.State figures, List<Diagnostic> diagnostics, List<MediaFile> media) {}

    private final RenderedReport rendered;
    private final List<SectionStart> sections;
    private final Figures.State end;

    ReplayableReport(RenderedReport rendered, List<SectionStart> sections, Figures.State end) {
        this.rendered = rendered;
        this.sections = List.copyOf(sections);
        this.end = end;
    }

    public RenderedReport rendered() {
        return rendered;
    }

    /** The same rendering, pointing at a newly loaded model of the same report (see the cache's rebinding). */
    public ReplayableReport with(RenderedReport rebound) {
        return new ReplayableReport(rebound, sections, end);
    }

    List<SectionStart> sections() {
        return sections;
    }

    Figures.State end() {
        return end;
    }
}
