package org.baocao.render.html;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;

/**
 * A fictional cooperative with two yearly reports, written inline, and the builds the site tests share: the
 * older report has a line and a pie chart; the newer one repeats a key figure of the older one, has a column chart, a
 * wide table and a section in Vietnamese only, with a footnote.
 */
final class SiteFixture {
    private SiteFixture() {}

    /** The repository's own sample project (content/ and templates/ at the working directory Maven runs in). */
    static final Path SAMPLE = Path.of("").toAbsolutePath();

    static Path writeProject(Path folder, String baseUrl) throws IOException {
        write(folder, Map.ofEntries(
                Map.entry("content/site.yaml", SITE_YAML + (baseUrl == null ? "" : "base_url: " + baseUrl + "\n")),
                Map.entry("content/reports/2023/report.yaml", """
                        title: {vi: Báo cáo thường niên 2023, en: Annual Report 2023}
                        period: {start: 2023-01-01, end: 2023-12-31}
                        published: 2024-03-15
                        key_figures:
                          - {value: members.count, label: {vi: Thành viên, en: Members}}
                        """),
                Map.entry("content/reports/2023/data/members.yaml", """
                        count: 1180
                        households: 420
                        charts:
                          harvest:
                            type: line
                            title: {vi: Sản lượng sen theo tháng, en: Lotus harvest by month}
                            unit: {vi: tấn, en: tonnes}
                            categories:
                              - {vi: Tháng 1, en: Jan}
                              - {vi: Tháng 2, en: Feb}
                              - {vi: Tháng 3, en: Mar}
                              - {vi: Tháng 4, en: Apr}
                              - {vi: Tháng 5, en: May}
                              - {vi: Tháng 6, en: Jun}
                              - {vi: Tháng 7, en: Jul}
                              - {vi: Tháng 8, en: Aug}
                              - {vi: Tháng 9, en: Sep}
                              - {vi: Tháng 10, en: Oct}
                              - {vi: Tháng 11, en: Nov}
                              - {vi: Tháng 12, en: Dec}
                            series:
                              - name: {vi: Sản lượng, en: Harvest}
                                values: [2.5, 3.1, 4.8, 7.9, 12.4, 18.2, 21.6, 19.3, 11.7, 6.2, 3.4, 2.8]
                          income:
                            type: pie
                            title: {vi: Nguồn thu của hợp tác xã, en: Where the cooperative's income came from}
                            unit: {vi: triệu đồng, en: million dong}
                            categories:
                              - {vi: Bán hạt sen và tâm sen, en: Lotus seeds and lotus hearts}
                              - {vi: Trà sen, en: Lotus tea}
                              - {vi: Du lịch trải nghiệm đầm sen, en: Lotus pond visits}
                              - {vi: Khác, en: Other}
                            series:
                              - name: {vi: Năm 2023, en: "2023"}
                                values: [1840, 920, 415.5, 96]
                        """),
                Map.entry("content/reports/2023/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan năm 2023
                        summary: Năm đầu tiên hợp tác xã vận hành mô hình mới.
                        ---
                        Hợp tác xã Sen Vàng có ${members.count} thành viên từ ${members.households} hộ gia đình.

                        <@chart id="members.harvest"/>

                        <@chart id="members.income"/>
                        """),
                Map.entry("content/reports/2023/en/01-tong-quan.md", """
                        ---
                        title: Overview of 2023
                        summary: The first year the cooperative ran its new model.
                        ---
                        The Golden Lotus Cooperative has ${members.count} members from ${members.households} households.

                        <@chart id="members.harvest"/>

                        <@chart id="members.income"/>
                        """),
                Map.entry("content/reports/2024/report.yaml", """
                        title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                        subtitle: {vi: Đổi mới để vươn xa, en: Renewal to reach further}
                        period: {start: 2024-01-01, end: 2024-12-31}
                        published: 2025-03-20
                        key_figures:
                          - {value: members.count, label: {vi: Thành viên, en: Members}}
                          - {value: members.ponds, unit: {vi: ao, en: ponds}, label: {vi: Vùng trồng sen, en: Lotus growing area}}
                          - {value: members.women, decimals: 1, unit: "%", label: {vi: Thành viên nữ, en: Women members}}
                        """),
                Map.entry("content/reports/2024/data/members.yaml", """
                        count: 1250
                        households: 455
                        ponds: 38
                        women: 46.5
                        charts:
                          growth:
                            type: column
                            title: {vi: Số thành viên qua các năm, en: Members by year}
                            unit: {vi: người, en: people}
                            categories: ["2022", "2023", "2024"]
                            series:
                              - name: {vi: Thành viên, en: Members}
                                values: [1020, 1180, 1250]
                        tables:
                          harvest:
                            caption: {vi: Sản lượng theo ao và theo quý, en: Harvest by pond and quarter}
                            columns:
                              - {key: pond, label: {vi: Ao, en: Pond}}
                              - {key: village, label: {vi: Thôn, en: Village}}
                              - {key: q1, label: {vi: Quý I (kg), en: Q1 (kg)}, format: number}
                              - {key: q2, label: {vi: Quý II (kg), en: Q2 (kg)}, format: number}
                              - {key: q3, label: {vi: Quý III (kg), en: Q3 (kg)}, format: number}
                              - {key: q4, label: {vi: Quý IV (kg), en: Q4 (kg)}, format: number}
                              - {key: share, label: {vi: Tỷ trọng, en: Share}, format: percent}
                            rows:
                              - {pond: {vi: Ao Đông, en: East pond}, village: {vi: Thôn Thượng, en: Upper village}, q1: 1200, q2: 3400, q3: 5100, q4: 900, share: 41.5}
                              - {pond: {vi: Ao Tây, en: West pond}, village: {vi: Thôn Hạ, en: Lower village}, q1: 1100, q2: 2900, q3: 4700, q4: 800, share: 58.5}
                        """),
                Map.entry("content/reports/2024/vi/01-tong-quan.md", """
                        ---
                        title: Tổng quan năm 2024
                        summary: Hợp tác xã tiếp tục đổi mới và mở rộng vùng trồng sen.
                        ---
                        Năm 2024, hợp tác xã có ${members.count} thành viên và ${members.ponds} ao sen.

                        ## Thành viên

                        <@chart id="members.growth"/>

                        ## Đổi mới cách làm

                        Đổi mới là trọng tâm của năm: hợp tác xã đưa giống sen mới vào ${members.ponds} ao.

                        <@table id="members.harvest"/>
                        """),
                Map.entry("content/reports/2024/en/01-tong-quan.md", """
                        ---
                        title: Overview of 2024
                        summary: The cooperative kept renewing its work and grew its lotus area.
                        ---
                        In 2024 the cooperative had ${members.count} members and ${members.ponds} lotus ponds.

                        ## Members

                        <@chart id="members.growth"/>

                        ## Renewing how we work

                        Renewal was the focus of the year: the cooperative planted a new lotus variety in ${members.ponds} ponds.

                        <@table id="members.harvest"/>
                        """),
                Map.entry("content/reports/2024/vi/02-ke-hoach.md", """
                        ---
                        title: Kế hoạch năm 2025
                        summary: Những việc hợp tác xã sẽ làm trong năm tới.
                        ---
                        Hợp tác xã dự kiến mở thêm cửa hàng sen tại chợ huyện.[^1] Cửa hàng bán trà sen.

                        [^1]: Chợ họp vào các ngày rằm.
                        """)));
        return folder;
    }

    private static void write(Path folder, Map<String, String> files) throws IOException {
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
        }
    }

    /** Builds a project into {@code out} and fails the test with every diagnostic when the build does not succeed. */
    static Path build(Path project, Path out, boolean pdf) {
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(project, out, pdf, false), diagnostics);
        assertTrue(result.succeeded(), () -> "build of " + project + " failed: " + diagnostics.sorted());
        return out;
    }
}
