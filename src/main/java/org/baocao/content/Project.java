package org.baocao.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.baocao.config.SiteConfig;

/**
 * Everything a build reads, loaded and checked: the immutable model every renderer works from.
 *
 * @param i18nOverrides per language, the interface strings of content/i18n/&lt;lang&gt;.yaml
 * @param reports       newest first
 */
public record Project(Path root, SiteConfig site, Map<String, Map<String, String>> i18nOverrides, List<Report> reports) {

    /** The project as a build publishes it: without the reports marked draft. */
    public Project withoutDrafts() {
        return new Project(root, site, i18nOverrides, reports.stream().filter(report -> !report.draft()).toList());
    }
}
