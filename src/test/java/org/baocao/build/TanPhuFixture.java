package org.baocao.build;

import java.nio.charset.StandardCharsets;

/**
 * A fictional people's credit fund (Quỹ Tín dụng Nhân dân Tân Phú; every figure invented) whose 2025 report is a
 * financial one: earlier years are data-only reports, the 2025 report names their figures in a five-year table and
 * in its key figures, and prints a balance sheet with a total row and provisions in parentheses.
 */
final class TanPhuFixture {
    private TanPhuFixture() {}

    static final String SITE_YAML = """
            organization:
              name: {vi: Quỹ Tín dụng Nhân dân Tân Phú, en: Tan Phu People's Credit Fund}
              short_name: {vi: QTDND Tân Phú, en: Tan Phu Fund}
            languages:
              - {code: vi, locale: vi-VN, name: Tiếng Việt}
              - {code: en, locale: en-GB, name: English}
            currency: VND
            """;

    /** The finance department's balance sheet: Vietnamese and English items, formulas with their saved results. */
    static Xlsx balanceSheet() {
        return new Xlsx().sheet("Tài sản",
                        new Object[] {"Khoản mục", "Item", "31/12/2025", "31/12/2024"},
                        new Object[] {"Tài sản", "Assets"},
                        new Object[] {"Tiền mặt", "Cash", 14.0, 12.2},
                        new Object[] {"Tiền gửi tại tổ chức tín dụng khác", "Deposits at other credit institutions", 45.4, 43.4},
                        new Object[] {"Cho vay khách hàng", "Loans to customers", 1050.7, 962.15},
                        new Object[] {"Dự phòng rủi ro cho vay", "Loan loss provisions", -12.4, -10.25},
                        new Object[] {"Cho vay thuần", "Net loans", "=C5+C6", "=D5+D6"},
                        new Object[] {},
                        new Object[] {"Tài sản khác", "Other assets", 4.6, 3.0},
                        new Object[] {"Tổng cộng tài sản", "Total assets", "=C3+C4+C7+C9", "=D3+D4+D7+D9"})
                .sheet("Nguồn vốn", new Object[] {"Khoản mục", "Item"})
                .result("C5+C6", "1038.3").result("D5+D6", "951.9")
                .result("C3+C4+C7+C9", "1102.3").result("D3+D4+D7+D9", "1010.5");
    }

    /** Total assets, in VND billion, of 2021 to 2024: the data-only reports. */
    static final String[][] EARLIER_YEARS = {
            {"2021", "812.5", "968"}, {"2022", "880", "1004.25"}, {"2023", "941.75", "1051"}, {"2024", "1010.5", "1087.6"}};

    static ProjectFixture write(ProjectFixture p) {
        p.file("content/site.yaml", SITE_YAML);
        for (String[] year : EARLIER_YEARS) {
            // An earlier year not made with baocao: report.yaml and data, no sections.
            p.file("content/reports/" + year[0] + "/report.yaml", """
                    title: {vi: Báo cáo thường niên %1$s, en: Annual Report %1$s}
                    period: {start: %1$s-01-01, end: %1$s-12-31}
                    published: %2$s-03-31
                    """.formatted(year[0], Integer.parseInt(year[0]) + 1));
            p.file("content/reports/" + year[0] + "/data/finance.yaml", """
                    total_assets: %s
                    deposits: %s
                    members: %d
                    """.formatted(year[1], year[2], 3000 + 300 * (Integer.parseInt(year[0]) - 2020)));
        }
        p.file("content/reports/2025/report.yaml", """
                title: {vi: Báo cáo thường niên 2025, en: Annual Report 2025}
                period: {start: 2025-01-01, end: 2025-12-31}
                published: 2026-03-31
                key_figures:
                  - {value: finance.total_assets, previous: 2024/finance.total_assets, decimals: 1,
                     unit: {vi: tỷ đồng, en: VND billion}, label: {vi: Tổng tài sản, en: Total assets}}
                  - {value: finance.npl_ratio, previous: finance.npl_ratio_last_year, compared_with: {vi: cuối năm 2024, en: end of 2024},
                     decimals: 2, unit: "%", better: lower,
                     label: {vi: Tỷ lệ nợ xấu, en: Non-performing loan ratio}}
                  - {value: finance.members, label: {vi: Thành viên, en: Members}}
                """);
        p.file("content/reports/2025/data/finance.yaml", """
                total_assets: 1102.3
                deposits: 1160
                members: 4210
                npl_ratio: 0.82
                npl_ratio_last_year: 0.95
                net_loans: {file: bang-can-doi.xlsx, sheet: Tài sản, cell: C7}
                charts:
                  rates:
                    type: line
                    title: {vi: Lãi suất bình quân, en: Average interest rates}
                    unit: "%"
                    categories: {file: lai-suat.csv, range: A2:A6}
                    series:
                      - name: {vi: Cho vay, en: Lending}
                        values: {file: lai-suat.csv, range: B2:B6}
                      - name: {vi: Huy động, en: Deposits}
                        values: {file: lai-suat.csv, range: C2:C6}
                tables:
                  balance_sheet:
                    caption: {vi: Bảng cân đối kế toán, en: Balance sheet}
                    source: {file: bang-can-doi.xlsx, sheet: Tài sản, range: A2:D10, row_styles: {2: heading, 7: subtotal, 10: total}}
                    columns:
                      - {key: item, label: {vi: Khoản mục, en: Item}, from: {vi: A, en: B}}
                      - {key: y2025, label: "31/12/2025", format: number, decimals: 1, negative: parentheses, from: C}
                      - {key: y2024, label: "31/12/2024", format: number, decimals: 1, from: D}
                  five_years:
                    caption: {vi: Năm năm hoạt động, en: Five years}
                    columns:
                      - {key: item, label: {vi: Chỉ tiêu, en: Indicator}}
                      - {key: y2021, label: "2021", format: number, decimals: 1}
                      - {key: y2022, label: "2022", format: number, decimals: 1}
                      - {key: y2023, label: "2023", format: number, decimals: 1}
                      - {key: y2024, label: "2024", format: number, decimals: 1}
                      - {key: y2025, label: "2025", format: number, decimals: 1}
                    rows:
                      - {item: {vi: Tổng tài sản, en: Total assets}, y2021: 2021/finance.total_assets, y2022: 2022/finance.total_assets,
                         y2023: 2023/finance.total_assets, y2024: 2024/finance.total_assets, y2025: total_assets}
                      - {item: {vi: Tiền gửi, en: Deposits}, y2021: 2021/finance.deposits, y2022: 2022/finance.deposits,
                         y2023: 2023/finance.deposits, y2024: 2024/finance.deposits, y2025: deposits}
                  balance:
                    caption: {vi: Bảng cân đối kế toán rút gọn, en: Condensed balance sheet}
                    columns:
                      - {key: item, label: {vi: Khoản mục, en: Item}}
                      - {key: y2025, label: "31/12/2025", format: number, decimals: 1, negative: parentheses}
                      - {key: y2024, label: "31/12/2024", format: number, decimals: 1}
                    rows:
                      - {item: {vi: Tài sản, en: Assets}, style: heading}
                      - {item: {vi: Cho vay khách hàng, en: Loans to customers}, y2025: 1050.7, y2024: 962.15}
                      - {item: {vi: Dự phòng rủi ro cho vay, en: Loan loss provisions}, y2025: -12.4, y2024: -10.25}
                      - {item: {vi: Cho vay thuần, en: Net loans}, y2025: 1038.3, y2024: 951.9, style: subtotal}
                      - {item: {vi: Tổng cộng tài sản, en: Total assets}, y2025: total_assets, y2024: 2024/finance.total_assets, style: total}
                """);
        p.file("content/reports/2025/vi/01-tai-chinh.md", """
                ---
                title: Tình hình tài chính
                ---
                Tổng tài sản đạt ${finance.total_assets} tỷ đồng, so với ${reports["2024"].finance.total_assets} tỷ đồng năm 2024.
                Tỷ lệ nợ xấu là <@number value=finance.npl_ratio decimals=2/>%; dự phòng <@number value=-12.4 decimals=1 negative="parentheses"/>.

                Cho vay thuần đạt ${finance.net_loans} tỷ đồng.

                <@table id="finance.five_years"/>

                <@table id="finance.balance"/>

                <@table id="finance.balance_sheet"/>

                <@chart id="finance.rates"/>
                """);
        p.file("content/reports/2025/en/01-tai-chinh.md", """
                ---
                title: Financial position
                ---
                Total assets reached VND ${finance.total_assets} billion, against ${reports["2024"].finance.total_assets} billion in 2024.
                The non-performing loan ratio was <@number value=finance.npl_ratio decimals=2/>%; provisions <@number value=-12.4 decimals=1 negative="parentheses"/>.

                Net loans reached VND ${finance.net_loans} billion.

                <@table id="finance.five_years"/>

                <@table id="finance.balance"/>

                <@table id="finance.balance_sheet"/>

                <@chart id="finance.rates"/>
                """);
        p.bytes("content/reports/2025/data/bang-can-doi.xlsx", balanceSheet().bytes());
        // As Vietnamese Excel saves "CSV UTF-8": a BOM, semicolons, decimal commas.
        p.bytes("content/reports/2025/data/lai-suat.csv", ("\uFEFF" + """
                Năm;Lãi suất cho vay bình quân (%);Lãi suất huy động bình quân (%)
                2021;9,5;5,25
                2022;9,25;5,1
                2023;9,8;5,6
                2024;9,1;5
                2025;8,75;4,8
                """).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        return p;
    }
}
