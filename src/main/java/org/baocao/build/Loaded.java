package org.baocao.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Messages;
import org.baocao.render.RenderedReport;
import org.baocao.render.Theme;

/** The project loaded and every report rendered in every language, in memory: what check validates and build writes. */
public record Loaded(Project project, Theme theme, Map<String, Messages> messages,
                     Map<String, Map<String, RenderedReport>> reports) {

    /** What a build publishes by default: the same model without the draft reports. */
    public Loaded withoutDrafts() {
        Project published = project.withoutDrafts();
        Map<String, Map<String, RenderedReport>> rendered = new LinkedHashMap<>();
        for (Report report : published.reports()) rendered.put(report.id(), reports.get(report.id()));
        return new Loaded(published, theme, messages, Collections.unmodifiableMap(rendered));
    }
}
