package org.baocao.serve;

import static org.baocao.bench.PrintFixture.SITE_YAML;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A small fictional project, written inline: "Hợp tác xã Sen Vàng" / "Golden Lotus Cooperative". */
final class SenVangProject {
    static final String VI_SECTION = "content/reports/2020/vi/01-tong-quan.md";
    static final String VI_PAGE = "vi/2020/tong-quan/index.html";

    private SenVangProject() {}

    static Path write(Path root) throws IOException {
        file(root, "content/site.yaml", SITE_YAML);
        file(root, "content/reports/2020/report.yaml", """
                title: {vi: Báo cáo thường niên 2020, en: Annual Report 2020}
                period: {start: 2020-01-01, end: 2020-12-31}
                published: 2021-03-31
                key_figures:
                  - {value: members.count, label: {vi: Xã viên, en: Members}}
                """);
        file(root, "content/reports/2020/data/members.yaml", """
                count: 412
                charts:
                  by_year:
                    type: column
                    title: {vi: Xã viên theo năm, en: Members by year}
                    categories: [2018, 2019, 2020]
                    series:
                      - name: {vi: Xã viên, en: Members}
                        values: [350, 380, 412]
                """);
        file(root, "content/reports/2020/media/logo.svg", """
                <svg xmlns="http://www.w3.org/2000/svg" width="40" height="40" viewBox="0 0 40 40"><circle cx="20" cy="20" r="18" fill="#d4a017"/></svg>
                """);
        file(root, VI_SECTION, """
                ---
                title: Tổng quan
                ---
                Hợp tác xã có ${members.count} xã viên trồng sen.

                ![Biểu trưng hoa sen](../media/logo.svg)

                <@chart id="members.by_year"/>
                """);
        file(root, "content/reports/2020/en/01-tong-quan.md", """
                ---
                title: Overview
                slug: overview
                ---
                The cooperative has ${members.count} lotus-growing members.
                """);
        return root;
    }

    static void file(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
