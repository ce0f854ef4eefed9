package org.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The generated content of a side-by-side run: R reports of the fictional Golden Lotus Cooperative ("Hợp tác xã Sen
 * Vàng"), each of S sections in Vietnamese and English ({@link PrintFixture}'s chapters: headings, paragraphs, a chart,
 * a 60-row table, footnotes, references), written for baocao in {@code baocao/} and for Hugo in {@code hugo/}.
 */
public final class BenchProject {
    /** R reports × S sections × 2 languages. */
    public record Shape(int reports, int sections) {
        public Shape {
            if (reports < 1 || sections < 1) throw new IllegalArgumentException("at least one report of one section");
        }

        public int sectionPages() {
            return reports * sections * 2;
        }
    }

    private BenchProject() {}

    /** The baocao project: {@code folder/baocao} (its content/ folder inside). */
    public static Path baocao(Path folder) {
        return folder.resolve("baocao");
    }

    /** The Hugo site: {@code folder/hugo}. */
    public static Path hugo(Path folder) {
        return folder.resolve("hugo");
    }

    /** Writes the same content for baocao and for Hugo into {@code folder}. */
    public static void write(Path folder, Shape shape) throws IOException {
        Path content = baocao(folder).resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), PrintFixture.SITE_YAML);
        for (int r = 1; r <= shape.reports(); r++) {
            PrintFixture.writeReport(content.resolve("reports").resolve(reportId(r)), title(r), shape.sections());
        }
        HugoSite.write(hugo(folder), shape);
    }

    /** The folder (and URL segment) of the r-th report: one report per branch of the cooperative. */
    static String reportId(int r) {
        return String.format("2023-chi-nhanh-%02d", r);
    }

    static PrintFixture.Title title(int r) {
        return new PrintFixture.Title("Báo cáo thường niên 2023 Chi nhánh " + r, "Annual Report 2023 Branch " + r);
    }
}
