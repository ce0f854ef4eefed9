package org.baocao.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baocao.config.SiteConfig;

/**
 * Everything a build reads, loaded and checked: the immutable model every renderer works from.
 *
 * @param i18nOverrides per language, the interface strings of content/i18n/&lt;lang&gt;.yaml
 * @param reports       the reports with sections, newest first
 * @param dataOnly      the reports without sections, newest first: other reports name their figures (an earlier year
 *                      not made with baocao), and they are never published
 */
public record Project(Path root, SiteConfig site, Map<String, Map<String, String>> i18nOverrides, List<Report> reports,
                      List<Report> dataOnly) {

    /** The project as a build publishes it: without the reports marked draft. */
    public Project withoutDrafts() {
        return new Project(root, site, i18nOverrides, reports.stream().filter(report -> !report.draft()).toList(), dataOnly);
    }

    /** Every report, published or data only, newest first: where key figures look for the previous year's value. */
    public List<Report> allReports() {
        List<Report> all = new ArrayList<>(reports);
        all.addAll(dataOnly);
        all.sort(Comparator.comparing(Report::published).thenComparing(Report::id).reversed());
        return List.copyOf(all);
    }

    public Optional<Report> report(String id) {
        return allReports().stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
