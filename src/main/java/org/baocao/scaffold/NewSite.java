package org.baocao.scaffold;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * {@code baocao new site DIR}: a project that builds at once with the default theme: site.yaml, the interface
 * strings of both languages, and one report whose one section, in Vietnamese and English, shows how a figure, a
 * chart and a key figure are written.
 */
public final class NewSite {
    private NewSite() {}

    /**
     * @param year the report's year: usually last year, the one an annual report is written about
     * @return the files written, relative to {@code folder}; empty with the reason in the diagnostics
     */
    public static List<String> create(Path folder, int year, Diagnostics diagnostics) throws IOException {
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            diagnostics.error(SourcePosition.wholeFile(folder.toString()), Message.NEW_SITE_FOLDER_NOT_EMPTY);
            return List.of();
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> file : files(year).entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            written.add(file.getKey());
        }
        return written;
    }

    private static boolean isEmptyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return false;
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static Map<String, String> files(int year) {
        String report = "content/reports/" + year + "/";
        Map<String, String> files = new LinkedHashMap<>();
        files.put(".gitignore", "output/\n");
        // The comments are in the language baocao speaks: they are notes to the team, not content.
        files.put("content/site.yaml", """
                # %s
                organization:
                  name: {vi: Tên tổ chức của bạn, en: Your organisation's name}   # baocao:todo %s
                  short_name: {vi: Tên viết tắt, en: Short name}   # baocao:todo %s
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                """.formatted(Message.SCAFFOLD_SITE_YAML.format(), Message.SCAFFOLD_TODO_NAME.format(), Message.SCAFFOLD_TODO_SHORT_NAME.format()));
        files.put("content/i18n/vi.yaml", """
                # %s
                download_pdf: Tải bản PDF
                """.formatted(Message.SCAFFOLD_STRINGS_VI.format()));
        files.put("content/i18n/en.yaml", """
                # %s
                download_pdf: Download the PDF
                """.formatted(Message.SCAFFOLD_STRINGS_EN.format()));
        files.put(report + "report.yaml", """
                title: {vi: Báo cáo thường niên %1$d, en: Annual Report %1$d}
                period: {start: %1$d-01-01, end: %1$d-12-31}
                published: %2$d-03-31
                key_figures:
                  - {value: highlights.members, label: {vi: Thành viên, en: Members}}
                """.formatted(year, year + 1));
        files.put(report + "data/highlights.yaml", """
                # %s
                members: 1250
                charts:
                  members_by_quarter:
                    type: column
                    title: {vi: Thành viên theo quý, en: Members by quarter}
                    unit: {vi: người, en: people}
                    categories: [{vi: Quý 1, en: Q1}, {vi: Quý 2, en: Q2}, {vi: Quý 3, en: Q3}, {vi: Quý 4, en: Q4}]
                    series:
                      - name: {vi: Thành viên, en: Members}
                        values: [1100, 1160, 1210, 1250]
                """.formatted(Message.SCAFFOLD_DATA_SET.format()));
        files.put(report + "vi/01-tong-quan.md", """
                ---
                title: Tổng quan
                summary: Một năm hoạt động của tổ chức.
                ---
                Năm %d, tổ chức có ${highlights.members} thành viên.

                <@chart id="highlights.members_by_quarter"/>
                """.formatted(year));
        files.put(report + "en/01-tong-quan.md", """
                ---
                title: Overview
                slug: overview
                summary: A year of the organisation's work.
                ---
                In %d, the organisation had ${highlights.members} members.

                <@chart id="highlights.members_by_quarter"/>
                """.formatted(year));
        return files;
    }
}
