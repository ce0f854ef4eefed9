package org.baocao.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Test fixtures: realistic report data in both languages plus edge cases. */
final class SampleCharts {
    private SampleCharts() {
    }

    static List<BigDecimal> values(Number... numbers) {
        List<BigDecimal> out = new ArrayList<>();
        for (Number n : numbers) {
            out.add(n == null ? null : new BigDecimal(n.toString()));
        }
        return out;
    }

    static Chart outreach(ChartType type, boolean vietnamese) {
        return new Chart("outreach", type,
                vietnamese ? "Hoạt động truyền thông" : "Outreach activities",
                vietnamese ? "lần" : "times",
                vietnamese ? List.of("Hội nghị", "Tin bài") : List.of("Conferences", "News items"),
                List.of(new Series(vietnamese ? "Năm 2024" : "2024", values(471, 36176))));
    }

    static Chart members(ChartType type) {
        return new Chart("members", type, "Thành viên theo khu vực", "người",
                List.of("Miền Bắc", "Miền Trung và Tây Nguyên", "Miền Nam", "Cơ quan Trung ương",
                        "Các tổ chức thành viên ở nước ngoài và cộng đồng người Việt Nam"),
                List.of(new Series("2023", values(52310, 28940, 61480, 1200, 8800)),
                        new Series("2024", values(53120, 29875, 63010, 1250, 9475))));
    }

    static Chart monthly() {
        return new Chart("monthly", ChartType.LINE, "Lượt truy cập theo tháng", "nghìn lượt",
                List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6",
                        "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"),
                List.of(new Series("2024", values(120.5, 98.2, 134, null, 141.75, 150, 162, 158, 171, 180.5, 176, 195))));
    }

    static Chart budget() {
        return new Chart("budget", ChartType.PIE, "Cơ cấu kinh phí", "triệu đồng",
                List.of("Ngân sách nhà nước", "Hội phí", "Tài trợ quốc tế", "Dịch vụ", "Khác"),
                List.of(new Series("2024", values(152730, 48750.75, 62000, 31000, 4000))));
    }

    static Chart balance() {
        return new Chart("balance", ChartType.COLUMN, "Chênh lệch thu chi", "tỷ đồng",
                List.of("2020", "2021", "2022", "2023", "2024"),
                List.of(new Series("Chênh lệch", values(12.5, -8.25, 3, -15, 20.75))));
    }

    static List<Chart> all() {
        List<Chart> all = new ArrayList<>(Arrays.asList(
                outreach(ChartType.BAR, true), outreach(ChartType.COLUMN, true),
                members(ChartType.BAR), members(ChartType.COLUMN), members(ChartType.LINE),
                monthly(), budget(), balance()));
        return all;
    }
}
