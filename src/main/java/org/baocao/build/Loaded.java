package org.baocao.build;

import java.util.Map;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Messages;
import org.baocao.render.RenderedReports;
import org.baocao.render.Theme;

/** The project loaded and every report rendered in every language, in memory: what check validates and build writes. */
public record Loaded(Project project, Theme theme, Map<String, Messages> messages,
                     RenderedReports reports) {

    /** What a build publishes by default: the same model without the draft reports. */
    public Loaded withoutDrafts() {
        Project published = project.withoutDrafts();
        return new Loaded(published, theme, messages, reports.only(published.reports().stream().map(Report::id).toList()));
    }
}
