package org.baocao.translate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    private static List<String> rendered(String before, String after) {
        return WordDiff.between(before, after).stream().map(c -> "line " + c.line() + ": " + c.render()).toList();
    }

    @Test
    void aRewrittenPhraseIsOneChangeThoughItKeepsSomeSyllables() {
        assertEquals(List.of("line 1: Bảng dưới đây. [-Chi tiết theo thôn-]{+Số liệu chi tiết của từng thôn xem+} ở Hình 2."),
                rendered("Bảng dưới đây. Chi tiết theo thôn ở Hình 2.",
                        "Bảng dưới đây. Số liệu chi tiết của từng thôn xem ở Hình 2."));
    }

    @Test
    void editsFarApartStaySeparateWithTheLineTheyAreOnNow() {
        assertEquals(List.of(
                        "line 1: … minh đã sắp xếp lại [-25-]{+23+} đơn vị đầu mối; tuyên …",
                        "line 2: … ${outreach.people_reached} lượt người. Liên minh {+cũng+} biên soạn bốn báo cáo."),
                rendered("Liên minh đã sắp xếp lại 25 đơn vị đầu mối; tuyên truyền cho\n${outreach.people_reached} lượt người. Liên minh biên soạn bốn báo cáo.",
                        "Liên minh đã sắp xếp lại 23 đơn vị đầu mối; tuyên truyền cho\n${outreach.people_reached} lượt người. Liên minh cũng biên soạn bốn báo cáo."));
    }

    @Test
    void rewrappingIsNoChange() {
        assertEquals(List.of(), rendered("Một hai ba\nbốn năm.", "Một hai\nba bốn năm."));
    }
}
