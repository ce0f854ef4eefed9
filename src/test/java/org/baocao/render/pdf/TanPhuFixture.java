package org.baocao.render.pdf;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * A fictional people's credit fund's annual report ("Quỹ Tín dụng Nhân dân Tân Phú", example.vn) laid out as a designer
 * would expect: a green brand with a logo and contacts, a cover photo, five key figures compared with the year before, a chair's letter with a portrait
 * floated right at 35% and a signature, a 40-row table, a pie chart and a whole-page photo. Every image is generated
 * here. The 2024 report exists only to be compared with.
 */
final class TanPhuFixture {
    /** The cover photo's colour at its edges, which the cover's corners must show. */
    static final Color COVER_EDGE = new Color(0x2E, 0x8B, 0x57);
    static final int TABLE_ROWS = 40;
    /** The chair's letter, first 80 words and more: the test looks for them beside the portrait. */
    static final String LETTER_VI = "Kính thưa quý thành viên, năm 2025 là năm Quỹ Tín dụng Nhân dân Tân Phú giữ vững "
            + "an toàn và tăng trưởng đều. Tổng tài sản tăng, nợ xấu giảm, và số thành viên vượt mốc mới nhờ sự tin tưởng "
            + "của bà con trong xã. Hội đồng quản trị đã tập trung vào ba việc: cho vay đúng đối tượng, thu hồi nợ đúng hạn "
            + "và nâng cao chất lượng phục vụ tại quầy cũng như trên điện thoại. Chúng tôi cảm ơn các hộ thành viên, cán bộ "
            + "nhân viên và chính quyền địa phương đã đồng hành cùng Quỹ trong suốt một năm nhiều thử thách. Năm tới, Quỹ sẽ "
            + "mở thêm điểm giao dịch ở ấp Bình An, đưa dịch vụ chuyển tiền đến tận nhà, và tiếp tục giữ lãi suất cho vay ổn "
            + "định cho bà con sản xuất nông nghiệp.";
    static final String LETTER_EN = "Dear members, 2025 was a year in which the Tan Phu People's Credit Fund stayed safe and "
            + "grew steadily. Total assets rose, bad debts fell, and membership passed a new mark thanks to the trust of "
            + "the people of the commune. The board of directors focused on three things: lending to the right borrowers, "
            + "collecting loans on time, and better service at the counter and on the telephone. We thank our member "
            + "households, our staff and the local authorities for standing with the Fund through a demanding year. Next "
            + "year the Fund will open a new service point in Binh An hamlet, bring money transfers to people's homes, and "
            + "keep its lending rates stable for the farmers of the commune.";

    private TanPhuFixture() {}

    /** @param print the lines of site.yaml's {@code print:} block, each indented by two spaces */
    static void write(Path project, String print) throws IOException {
        Path content = project.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), """
                organization:
                  name: {vi: Quỹ Tín dụng Nhân dân Tân Phú, en: Tan Phu People's Credit Fund}
                  short_name: {vi: QTDND Tân Phú, en: Tan Phu Fund}
                  address: {vi: "Ấp Bình An, xã Tân Phú", en: "Binh An hamlet, Tan Phu commune"}
                  phone: "+84 270 3 555 010"
                  email: lienhe@tanphu.example.vn
                  website: https://tanphu.example.vn
                brand:
                  logo: media/logo.svg
                  colors: {primary: "#0B5D3B", accent: "#E0A526"}
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                """ + (print.isBlank() ? "" : "print:\n" + print));
        Files.createDirectories(content.resolve("media"));
        Files.writeString(content.resolve("media/logo.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
                  <circle cx="20" cy="20" r="16" fill="#0B5D3B"/><path d="M12 24 L20 10 L28 24 Z" fill="#E0A526"/>
                  <rect x="42" y="14" width="70" height="12" rx="3" fill="#0B5D3B"/>
                </svg>
                """);
        writeReport(content.resolve("reports/2024"), 2024, "1200", "2.4", "3500", "410", "7.5");
        Path report = content.resolve("reports/2025");
        writeReport(report, 2025, "1398", "1.8", "3900", "512", "8.1");
        Files.writeString(report.resolve("report.yaml"), Files.readString(report.resolve("report.yaml")) + "cover: media/cover.jpg\n");
        Path media = Files.createDirectories(report.resolve("media"));
        coverPhoto(media.resolve("cover.jpg"));
        portrait(media.resolve("chan-dung.jpg"));
        signature(media.resolve("chu-ky.png"));
        fieldPhoto(media.resolve("canh-dong.jpg"));
        Files.writeString(report.resolve("vi/01-thu-chu-tich.md"), """
                ---
                title: Thư của Chủ tịch
                summary: Một năm an toàn, tăng trưởng đều và gần gũi hơn với thành viên.
                ---
                ![Bà Lê Thị Mai, Chủ tịch Hội đồng quản trị](../media/chan-dung.jpg "Chủ tịch HĐQT Lê Thị Mai"){width=35% .right}

                @LETTER@

                > {.pull}
                > Quỹ mạnh khi mỗi thành viên cùng mạnh.

                Trân trọng,

                ![](../media/chu-ky.png){width=30% .signature}

                **Lê Thị Mai**, Chủ tịch Hội đồng quản trị
                """.replace("@LETTER@", LETTER_VI));
        Files.writeString(report.resolve("en/01-thu-chu-tich.md"), """
                ---
                title: Letter from the Chair
                summary: A safe year, steady growth, and closer to our members.
                ---
                ![Ms Le Thi Mai, Chair of the Board of Directors](../media/chan-dung.jpg "Chair of the Board Le Thi Mai"){width=35% .right}

                @LETTER@

                > {.pull}
                > The Fund is strong when every member is strong.

                Yours sincerely,

                ![](../media/chu-ky.png){width=30% .signature}

                **Le Thi Mai**, Chair of the Board of Directors
                """.replace("@LETTER@", LETTER_EN));
        Files.writeString(report.resolve("vi/02-hoat-dong.md"), """
                ---
                title: Hoạt động cho vay
                summary: Dư nợ theo ngành và danh sách các khoản vay lớn nhất.
                ---
                Dư nợ của Quỹ tập trung vào nông nghiệp, đúng với mục tiêu phục vụ bà con sản xuất trong xã.

                <@chart id="finance.sectors"/>

                > {.callout}
                > Mọi số liệu trong báo cáo là số liệu minh họa của một quỹ hư cấu.

                Bảng dưới đây liệt kê bốn mươi khoản vay theo ấp.

                <@table id="finance.loans"/>

                ![Cánh đồng lúa của các hộ thành viên](../media/canh-dong.jpg "Cánh đồng lúa Tân Phú. Ảnh minh họa"){.page}

                Quỹ tiếp tục ưu tiên các khoản vay nhỏ cho hộ sản xuất.
                """);
        Files.writeString(report.resolve("en/02-hoat-dong.md"), """
                ---
                title: Lending
                summary: Loans by sector, and the list of the largest loans.
                ---
                The Fund's loans go mostly to farming, as its purpose of serving the commune's producers requires.

                <@chart id="finance.sectors"/>

                > {.callout}
                > Every figure in this report is an illustration for a fictional fund.

                The table below lists forty loans by hamlet.

                <@table id="finance.loans"/>

                ![Rice fields of the member households](../media/canh-dong.jpg "Tan Phu rice fields. Illustration"){.page}

                The Fund keeps favouring small loans to producing households.
                """);
    }

    private static void writeReport(Path report, int year, String assets, String npl, String members, String loans, String profit)
            throws IOException {
        Files.createDirectories(report.resolve("data"));
        Files.createDirectories(report.resolve("vi"));
        Files.createDirectories(report.resolve("en"));
        Files.writeString(report.resolve("report.yaml"), """
                title: {vi: Báo cáo thường niên %1$d, en: Annual Report %1$d}
                subtitle: {vi: "Gần dân, an toàn, bền vững", en: "Close to our members, safe, sustainable"}
                period: {start: %1$d-01-01, end: %1$d-12-31}
                published: %2$d-03-20
                key_figures:
                  - {value: finance.total_assets, unit: {vi: tỷ đồng, en: VND billion}, label: {vi: Tổng tài sản, en: Total assets}}
                  - {value: finance.npl_ratio, unit: "%%", better: lower, label: {vi: Tỷ lệ nợ xấu, en: Non-performing loans}}
                  - {value: finance.members, label: {vi: Thành viên, en: Members}}
                  - {value: finance.loans, unit: {vi: tỷ đồng, en: VND billion}, label: {vi: Dư nợ cho vay, en: Loans outstanding}}
                  - {value: finance.profit, decimals: 1, unit: {vi: tỷ đồng, en: VND billion}, label: {vi: Lợi nhuận trước thuế, en: Profit before tax}}
                """.formatted(year, year + 1));
        StringBuilder data = new StringBuilder("""
                total_assets: %s
                npl_ratio: %s
                members: %s
                loans: %s
                profit: %s
                charts:
                  sectors:
                    type: pie
                    title: {vi: Dư nợ theo ngành, en: Loans by sector}
                    unit: {vi: tỷ đồng, en: VND billion}
                    categories:
                      - {vi: Trồng lúa và hoa màu, en: Rice and vegetables}
                      - {vi: Chăn nuôi gia súc gia cầm quy mô hộ gia đình, en: Household livestock and poultry farming}
                      - {vi: Tiểu thương, en: Small trade}
                      - {vi: Tiêu dùng, en: Consumption}
                    series:
                      - name: {vi: Dư nợ, en: Loans}
                        values: [260, 130, 80, 42]
                tables:
                  loans:
                    caption: {vi: Bốn mươi khoản vay theo ấp, en: Forty loans by hamlet}
                    columns:
                      - {key: num, label: {vi: Số, en: No.}}
                      - {key: hamlet, label: {vi: Ấp, en: Hamlet}}
                      - {key: amount, label: {vi: Số tiền (triệu đồng), en: Amount (VND million)}, format: number}
                    rows:
                """.formatted(assets, npl, members, loans, profit));
        for (int r = 1; r <= TABLE_ROWS; r++) {
            data.append("      - {num: ").append(r).append(", hamlet: {vi: Ấp số ").append(r).append(", en: Hamlet ").append(r)
                    .append("}, amount: ").append(50 + 7 * r).append("}\n");
        }
        Files.writeString(report.resolve("data/finance.yaml"), data.toString());
        if (year == 2024) {
            Files.writeString(report.resolve("vi/01-tong-quan.md"), "---\ntitle: Tổng quan\n---\nNăm 2024.\n");
            Files.writeString(report.resolve("en/01-tong-quan.md"), "---\ntitle: Overview\n---\nThe year 2024.\n");
        }
    }

    /** Green at every edge, a lighter sky and sun inside: the cover's corners must be this green. */
    private static void coverPhoto(Path target) throws IOException {
        BufferedImage image = new BufferedImage(1800, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(COVER_EDGE);
        g.fillRect(0, 0, 1800, 1200);
        g.setPaint(new GradientPaint(0, 300, new Color(0x9C, 0xD3, 0xF0), 0, 700, new Color(0xE8, 0xF4, 0xFA)));
        g.fillRect(300, 300, 1200, 400);
        g.setColor(new Color(0xF6, 0xC3, 0x45));
        g.fillOval(1100, 350, 160, 160);
        g.dispose();
        ImageIO.write(image, "jpg", target.toFile());
    }

    private static void portrait(Path target) throws IOException {
        BufferedImage image = new BufferedImage(600, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xD9, 0xE2, 0xEC), 0, 800, new Color(0x9F, 0xB3, 0xC8)));
        g.fillRect(0, 0, 600, 800);
        g.setColor(new Color(0x5A, 0x3E, 0x2B));
        g.fillOval(190, 140, 220, 270);
        g.setColor(new Color(0x1F, 0x3A, 0x5F));
        g.fillRoundRect(90, 440, 420, 400, 160, 160);
        g.dispose();
        ImageIO.write(image, "jpg", target.toFile());
    }

    private static void signature(Path target) throws IOException {
        BufferedImage image = new BufferedImage(600, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 200);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x1A, 0x23, 0x7E));
        g.setStroke(new BasicStroke(6));
        int[] xs = {40, 120, 160, 230, 260, 330, 380, 450, 520, 560};
        int[] ys = {140, 50, 150, 60, 140, 40, 130, 80, 120, 90};
        g.drawPolyline(xs, ys, xs.length);
        g.dispose();
        ImageIO.write(image, "png", target.toFile());
    }

    private static void fieldPhoto(Path target) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0xBF, 0xE3, 0xF5), 0, 500, new Color(0xF2, 0xF8, 0xFB)));
        g.fillRect(0, 0, 1600, 500);
        for (int band = 0; band < 14; band++) {
            g.setColor(band % 2 == 0 ? new Color(0x6A, 0xA8, 0x3F) : new Color(0x8C, 0xC1, 0x4D));
            g.fillRect(0, 500 + band * 50, 1600, 50);
        }
        g.dispose();
        ImageIO.write(image, "jpg", target.toFile());
    }
}
