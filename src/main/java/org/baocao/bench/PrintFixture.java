package org.baocao.bench;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes a fictional bilingual project (the Golden Lotus Cooperative, "Hợp tác xã Sen Vàng") that exercises the
 * print edition: a cover image, key figures, and per chapter a chart, a 60-row table, footnotes and
 * cross-references to figures of other chapters. Used by {@code baocao bench} and by the print edition's tests;
 * about five A4 pages per chapter.
 */
public final class PrintFixture {
    /** Rows of each chapter's table: enough to span two or three pages. */
    public static final int TABLE_ROWS = 60;

    private PrintFixture() {}

    /** The site.yaml of the fictional cooperative, without a {@code print:} block: the tests' projects use it too. */
    public static final String SITE_YAML = """
            organization:
              name: {vi: Hợp tác xã Sen Vàng, en: Golden Lotus Cooperative}
              short_name: {vi: HTX Sen Vàng, en: Golden Lotus}
            languages:
              - {code: vi, locale: vi-VN, name: Tiếng Việt}
              - {code: en, locale: en-GB, name: English}
            """;

    /**
     * @param chapters number of sections per language
     * @param print    the site.yaml {@code print:} block's lines (indented by two spaces), or "" for the defaults
     */
    public static void write(Path project, int chapters, String print) throws IOException {
        Path content = project.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), SITE_YAML + (print.isBlank() ? "" : "print:\n" + print));
        writeReport(content.resolve("reports/2023"), new Title("Báo cáo thường niên 2023", "Annual Report 2023"), chapters);
    }

    /** A report's title in both languages. */
    public record Title(String vi, String en) {
        String in(boolean vietnamese) {
            return vietnamese ? vi : en;
        }
    }

    /**
     * Writes one report of {@code chapters} sections per language into {@code report} (a folder under
     * content/reports/): report.yaml, its cover, the data file and the narratives.
     */
    public static void writeReport(Path report, Title title, int chapters) throws IOException {
        Files.createDirectories(report.resolve("data"));
        Files.createDirectories(report.resolve("media"));
        Files.createDirectories(report.resolve("vi"));
        Files.createDirectories(report.resolve("en"));
        Files.writeString(report.resolve("report.yaml"), "title: {vi: " + title.vi() + ", en: " + title.en() + "}\n" + """
                subtitle: {vi: Sen Vàng vươn xa cùng thành viên, en: Growing together with our members}
                period: {start: 2023-01-01, end: 2023-12-31}
                published: 2024-03-15
                cover: media/cover.png
                key_figures:
                  - {value: ledger.members, label: {vi: Thành viên, en: Members}}
                  - {value: ledger.hectares, label: {vi: Héc-ta sen, en: Hectares of lotus}}
                """);
        writeCoverImage(report.resolve("media/cover.png"));
        Files.writeString(report.resolve("data/ledger.yaml"), data(chapters));
        for (int chapter = 1; chapter <= chapters; chapter++) {
            Files.writeString(report.resolve("vi").resolve(sectionFile(chapter)), narrative(chapter, chapters, true));
            Files.writeString(report.resolve("en").resolve(sectionFile(chapter)), narrative(chapter, chapters, false));
        }
    }

    /** The file name of a chapter's section, the same in both languages. */
    static String sectionFile(int chapter) {
        return String.format("%02d-chuong-%d.md", chapter, chapter);
    }

    /** The quarterly harvest (tonnes) of a chapter's chart. */
    static int[] harvest(int chapter) {
        return new int[] {10 + chapter, 14 + chapter, 21 + chapter, 9 + chapter};
    }

    static int pondArea(int row) {
        return 1000 + 37 * row;
    }

    static int pondYield(int chapter, int row) {
        return 200 + 13 * row * chapter;
    }

    /** The paragraph every chapter repeats: about 60 words. */
    static String paragraph(boolean vietnamese) {
        return vietnamese
                ? "Hợp tác xã Sen Vàng chăm sóc các ao sen của vùng này cùng các hộ thành viên. Mỗi mùa, các hộ ghi chép diện tích, sản lượng và chất lượng hoa, hạt, ngó sen để cả hợp tác xã cùng theo dõi và lập kế hoạch cho mùa sau. "
                : "The Golden Lotus Cooperative tends the ponds of this area together with its member households. Every season the households record the area, the harvest and the quality of flowers, seeds and roots, so that the whole cooperative can follow them and plan the next season. ";
    }

    static String chapterTitle(int chapter, boolean vietnamese) {
        return vietnamese ? "Vùng sen số " + chapter : "Lotus area " + chapter;
    }

    static String chartTitle(int chapter, boolean vietnamese) {
        return vietnamese ? "Sản lượng sen vùng " + chapter : "Lotus harvest in area " + chapter;
    }

    static String tableCaption(int chapter, boolean vietnamese) {
        return vietnamese ? "Các ao sen của vùng " + chapter : "Lotus ponds of area " + chapter;
    }

    static String keeper(int row, boolean vietnamese) {
        return vietnamese ? "Hộ gia đình số " + row : "Household no. " + row;
    }

    private static String data(int chapters) {
        StringBuilder yaml = new StringBuilder("members: 1250\nhectares: 86\ncharts:\n");
        for (int c = 1; c <= chapters; c++) {
            yaml.append("  harvest").append(c).append(":\n")
                    .append("    type: column\n")
                    .append("    title: {vi: ").append(chartTitle(c, true)).append(", en: ").append(chartTitle(c, false)).append("}\n")
                    .append("    unit: {vi: tấn, en: tonnes}\n")
                    .append("    categories: [Q1, Q2, Q3, Q4]\n")
                    .append("    series:\n")
                    .append("      - name: {vi: Sản lượng, en: Harvest}\n")
                    .append("        values: ").append(java.util.Arrays.toString(harvest(c))).append("\n");
        }
        yaml.append("tables:\n");
        for (int c = 1; c <= chapters; c++) {
            yaml.append("  ponds").append(c).append(":\n")
                    .append("    caption: {vi: ").append(tableCaption(c, true)).append(", en: ").append(tableCaption(c, false)).append("}\n")
                    .append("    columns:\n")
                    .append("      - {key: pond, label: {vi: Ao, en: Pond}}\n")
                    .append("      - {key: keeper, label: {vi: Hộ chăm sóc, en: Kept by}}\n")
                    .append("      - {key: area, label: {vi: Diện tích (m²), en: Area (m²)}, format: number}\n")
                    .append("      - {key: yield, label: {vi: Sản lượng (kg), en: Yield (kg)}, format: number}\n")
                    .append("    rows:\n");
            for (int r = 1; r <= TABLE_ROWS; r++) {
                yaml.append("      - {pond: ").append(c).append("-").append(r)
                        .append(", keeper: {vi: ").append(keeper(r, true)).append(", en: ").append(keeper(r, false)).append("}")
                        .append(", area: ").append(pondArea(r)).append(", yield: ").append(pondYield(c, r)).append("}\n");
            }
        }
        return yaml.toString();
    }

    /** How a chapter's front matter and figures are written: baocao's directives here, plain Markdown for Hugo. */
    interface Markup {
        String frontMatter(int chapter, boolean vietnamese);

        String chartReference(int chapter, boolean vietnamese);

        String tableReference(int chapter, boolean vietnamese);

        String chart(int chapter, boolean vietnamese);

        String table(int chapter, boolean vietnamese);
    }

    private static final Markup BAOCAO = new Markup() {
        @Override
        public String frontMatter(int chapter, boolean vietnamese) {
            return "---\ntitle: " + chapterTitle(chapter, vietnamese) + "\n---\n";
        }

        @Override
        public String chartReference(int chapter, boolean vietnamese) {
            return "<@ref id=\"ledger.harvest" + chapter + "\"/>";
        }

        @Override
        public String tableReference(int chapter, boolean vietnamese) {
            return "<@ref id=\"ledger.ponds" + chapter + "\"/>";
        }

        @Override
        public String chart(int chapter, boolean vietnamese) {
            return "<@chart id=\"ledger.harvest" + chapter + "\"/>";
        }

        @Override
        public String table(int chapter, boolean vietnamese) {
            return "<@table id=\"ledger.ponds" + chapter + "\"/>";
        }
    };

    private static String narrative(int chapter, int chapters, boolean vietnamese) {
        return narrative(chapter, chapters, vietnamese, BAOCAO);
    }

    /** A chapter's text: two headings, eight paragraphs, a chart, a table, two footnotes and two references. */
    static String narrative(int chapter, int chapters, boolean vietnamese, Markup markup) {
        int other = chapter == chapters ? 1 : chapter + 1;
        StringBuilder md = new StringBuilder(markup.frontMatter(chapter, vietnamese));
        String paragraph = paragraph(vietnamese);
        md.append(vietnamese ? "Chương này trình bày vùng sen số " : "This chapter presents lotus area ").append(chapter)
                .append(vietnamese ? " (xem " : " (see ").append(markup.chartReference(chapter, vietnamese))
                .append(", ").append(markup.tableReference(other, vietnamese)).append(").[^source]\n\n");
        md.append("## ").append(vietnamese ? "Mùa vụ" : "The season").append("\n\n");
        for (int p = 0; p < 4; p++) md.append(paragraph.repeat(2)).append("\n\n");
        md.append(markup.chart(chapter, vietnamese)).append("\n\n");
        md.append("## ").append(vietnamese ? "Các ao sen" : "The ponds").append("\n\n");
        md.append(paragraph).append(vietnamese ? "Bảng dưới đây liệt kê từng ao.[^ponds]\n\n" : "The table below lists every pond.[^ponds]\n\n");
        md.append(markup.table(chapter, vietnamese)).append("\n\n");
        for (int p = 0; p < 3; p++) md.append(paragraph.repeat(2)).append("\n\n");
        md.append("[^source]: ").append(vietnamese ? "Sổ ghi chép của tổ sản xuất vùng " : "Records of the production team of area ")
                .append(chapter).append(".\n");
        md.append("[^ponds]: ").append(vietnamese ? "Diện tích đo vào tháng Ba." : "Areas measured in March.").append("\n");
        return md.toString();
    }

    /** A small generated picture: no binary file in the repository, and nothing to download. */
    private static void writeCoverImage(Path target) throws IOException {
        BufferedImage image = new BufferedImage(480, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xF6, 0xD3, 0x65), 480, 240, new Color(0xE0, 0x6C, 0x8A)));
        g.fillRect(0, 0, 480, 240);
        g.setColor(new Color(0x2E, 0x7D, 0x32));
        for (int i = 0; i < 6; i++) g.fillOval(30 + 75 * i, 150 - 10 * (i % 3), 70, 40);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }
}
