package org.baocao.scaffold;

import org.baocao.source.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * {@code baocao new site DIR}: a project that builds at once with the default theme: site.yaml, the interface
 * strings of both languages, and one report whose one section, in Vietnamese and English, shows how a figure, a
 * chart and a key figure are written; the JSON Schemas and the editor settings that check the YAML files as they
 * are typed; and on request a CI workflow that publishes the site to GitHub or GitLab Pages.
 */
public final class NewSite {
    /** The CI service whose Pages the site is published to. */
    public enum Ci { GITHUB, GITLAB }

    /** Where each JSON Schema applies, as globs relative to the project: the YAML language server's yaml.schemas. */
    static final Map<String, String> SCHEMAS = Map.of(
            "site", "content/site.yaml",
            "report", "content/reports/*/report.yaml",
            "data", "content/reports/*/data/*.yaml");

    private NewSite() {}

    /** A project without CI workflow or base_url. */
    public static List<String> create(Path folder, int year, Diagnostics diagnostics) throws IOException {
        return create(folder, year, Optional.empty(), Optional.empty(), diagnostics);
    }

    /**
     * @param year    the report's year: usually last year, the one an annual report is written about
     * @param ci      the CI workflow to write, if any
     * @param baseUrl the address the site will be published at, written as site.yaml's base_url
     * @return the files written, relative to {@code folder}; empty with the reason in the diagnostics
     */
    public static List<String> create(Path folder, int year, Optional<Ci> ci, Optional<String> baseUrl, Diagnostics diagnostics)
            throws IOException {
        if (Files.exists(folder) && !isEmptyFolder(folder)) {
            diagnostics.error(SourcePosition.wholeFile(folder.toString()), Message.NEW_SITE_FOLDER_NOT_EMPTY);
            return List.of();
        }
        List<String> written = new ArrayList<>();
        Map<String, String> files = files(year, baseUrl);
        files.putAll(editorSettings());
        ci.ifPresent(service -> files.putAll(ciWorkflow(service)));
        for (Map.Entry<String, String> file : files.entrySet()) {
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

    /** The schemas in .baocao/schemas/ and the VS Code settings (YAML extension by Red Hat) that apply them. */
    private static Map<String, String> editorSettings() {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder settings = new StringBuilder("{\n  \"yaml.schemas\": {\n");
        List<String> kinds = List.of("site", "report", "data");
        for (String kind : kinds) {
            String schema = ".baocao/schemas/" + kind + ".schema.json";
            files.put(schema, resource("/org/baocao/schemas/" + kind + ".schema.json"));
            settings.append("    \"./").append(schema).append("\": \"").append(SCHEMAS.get(kind)).append('"')
                    .append(kind.equals(kinds.get(kinds.size() - 1)) ? "\n" : ",\n");
        }
        files.put(".vscode/settings.json", settings.append("  }\n}\n").toString());
        return files;
    }

    private static Map<String, String> ciWorkflow(Ci ci) {
        return switch (ci) {
            case GITHUB -> Map.of(".github/workflows/publish.yml", resource("/org/baocao/scaffold/github-pages.yml"));
            case GITLAB -> Map.of(".gitlab-ci.yml", resource("/org/baocao/scaffold/gitlab-pages.yml"));
        };
    }

    private static String resource(String name) {
        try (InputStream in = NewSite.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> files(int year, Optional<String> baseUrl) {
        String report = "content/reports/" + year + "/";
        Map<String, String> files = new LinkedHashMap<>();
        // .baocao/ holds caches (image renditions, font subsets) that any build can make again; .output.lock is the
        // lock a build holds beside output/ while it writes it (Publisher.lockFile).
        files.put(".gitignore", "output/\n.output.lock\n.baocao/\n");
        // The comments are in the language baocao speaks: they are notes to the team, not content.
        files.put("content/site.yaml", """
                # %s
                organization:
                  name: {vi: Tên tổ chức của bạn, en: Your organisation's name}   # baocao:todo %s
                  short_name: {vi: Tên viết tắt, en: Short name}   # baocao:todo %s
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                """.formatted(Message.SCAFFOLD_SITE_YAML.format(), Message.SCAFFOLD_TODO_NAME.format(), Message.SCAFFOLD_TODO_SHORT_NAME.format())
                + baseUrl.map(url -> "base_url: " + url + "\n").orElse(""));
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
