package org.baocao.render;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baocao.i18n.Language;

/** Every report rendered in every language, by report id and {@link Language}, in the project's order. Immutable. */
public final class RenderedReports {
    private final Map<String, Map<Language, RenderedReport>> byReport;

    private RenderedReports(Map<String, Map<Language, RenderedReport>> byReport) {
        this.byReport = byReport;
    }

    /** Collects reports in the order added: each report's languages in the site's order. */
    public static final class Builder {
        private final Map<String, Map<Language, RenderedReport>> byReport = new LinkedHashMap<>();

        public Builder add(Language language, RenderedReport rendered) {
            byReport.computeIfAbsent(rendered.report().id(), id -> new LinkedHashMap<>()).put(language, rendered);
            return this;
        }

        public RenderedReports build() {
            Map<String, Map<Language, RenderedReport>> copy = new LinkedHashMap<>();
            byReport.forEach((id, languages) -> copy.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(languages))));
            return new RenderedReports(Collections.unmodifiableMap(copy));
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The report in the language; every loaded report is rendered in every language of the site. */
    public RenderedReport get(String reportId, Language language) {
        RenderedReport one = byReport.getOrDefault(reportId, Map.of()).get(language);
        if (one == null) throw new IllegalArgumentException("no rendered report " + reportId + " in " + language.code());
        return one;
    }

    public Optional<RenderedReport> find(String reportId, Language language) {
        return Optional.ofNullable(byReport.getOrDefault(reportId, Map.of()).get(language));
    }

    public boolean contains(String reportId) {
        return byReport.containsKey(reportId);
    }

    /** The report in every language, in the site's order; empty for an unknown id. */
    public List<RenderedReport> languagesOf(String reportId) {
        return List.copyOf(byReport.getOrDefault(reportId, Map.of()).values());
    }

    public Set<String> reportIds() {
        return byReport.keySet();
    }

    /** Every report's languages, report by report. */
    public Collection<List<RenderedReport>> byReport() {
        return byReport.keySet().stream().map(this::languagesOf).toList();
    }

    /** The same reports, keeping only those whose id is given. */
    public RenderedReports only(Collection<String> reportIds) {
        Map<String, Map<Language, RenderedReport>> kept = new LinkedHashMap<>();
        byReport.forEach((id, languages) -> {
            if (reportIds.contains(id)) kept.put(id, languages);
        });
        return new RenderedReports(Collections.unmodifiableMap(kept));
    }
}
