package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A section's words for the search are the reader's words, a space apart, without the charts' drawn labels. */
class SearchTextTest {
    @Test
    void aChartGivesItsCaptionAndDataTableNotItsDrawing() {
        String html = """
                <p>Cơ quan Liên minh có ít đầu mối hơn.</p>
                <figure class="figure figure-chart"><figcaption><span class="figure-number">1.</span> Số đơn vị đầu mối</figcaption>
                <div class="chart-frame"><svg class="chart-wide" role="img"><title>Số đơn vị đầu mối</title><desc>Biểu đồ cột: Đầu nhiệm kỳ: 32; \
                Cuối nhiệm kỳ: 23.</desc><text>0</text><text>10</text><text>20</text><text>Đầu nhiệm kỳ</text></svg><svg class="chart-compact">\
                <title>Số đơn vị đầu mối</title></svg></div>
                <details class="chart-data"><summary>Xem số liệu</summary><table><tr><th>Đầu nhiệm kỳ</th><td>32</td></tr></table></details>
                </figure>""";
        assertEquals("Cơ quan Liên minh có ít đầu mối hơn. 1. Số đơn vị đầu mối Xem số liệu Đầu nhiệm kỳ 32",
                HtmlPostProcessor.searchText(HtmlPostProcessor.parse(html).body()));
    }
}
