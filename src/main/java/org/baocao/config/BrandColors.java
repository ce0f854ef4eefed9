package org.baocao.config;

import java.util.List;
import java.util.Optional;
import org.baocao.source.SourcePosition;

/**
 * {@code brand.colors}: the primary colour (headings, links, cover, key figures), the accent colour (rules and
 * highlights) and the chart series colours in order. Absent ones keep the theme's defaults.
 */
public record BrandColors(Optional<Color> primary, Optional<Color> accent, List<Color> charts) {

    public static final BrandColors NONE = new BrandColors(Optional.empty(), Optional.empty(), List.of());

    public BrandColors {
        charts = List.copyOf(charts);
    }

    /** The chart series colours as "#rrggbb" texts; empty for the default palette. */
    public List<String> chartHexes() {
        return charts.stream().map(Color::hex).toList();
    }

    /**
     * One colour.
     *
     * @param hex "#rrggbb", lower case
     * @param at  where site.yaml gives it
     */
    public record Color(String hex, SourcePosition at) {}
}
