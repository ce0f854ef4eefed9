package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.baocao.markdown.MarkdownRenderer;
import org.junit.jupiter.api.Test;

/**
 * A section's words for the search are the reader's words, a space apart, without the charts' drawn labels, the
 * footnotes' numbers and back links, or the buttons under a figure.
 */
class SearchTextTest {
    @Test
    void aChartGivesItsCaptionAndDataTableNotItsDrawingNorItsButtons() {
        String html = """
                <p>Cơ quan Liên minh có ít đầu mối hơn.</p>
                <figure class="figure figure-chart"><figcaption><span class="figure-number">1.</span> Số đơn vị đầu mối</figcaption>
                <div class="chart-frame"><svg class="chart-wide" role="img"><title>Số đơn vị đầu mối</title><desc>Biểu đồ cột: Đầu nhiệm kỳ: 32; \
                Cuối nhiệm kỳ: 23.</desc><text>0</text><text>10</text><text>20</text><text>Đầu nhiệm kỳ</text></svg><svg class="chart-compact">\
                <title>Số đơn vị đầu mối</title></svg></div>
                <details class="chart-data"><summary>Xem số liệu</summary><table><tr><th>Đầu nhiệm kỳ</th><td>32</td></tr></table></details>
                <p class="data-download"><a href="data/units.csv" download>Tải dữ liệu (CSV)</a></p>
                </figure><p>Số liệu cuối nhiệm kỳ.</p>""";
        assertEquals("Cơ quan Liên minh có ít đầu mối hơn. 1. Số đơn vị đầu mối Đầu nhiệm kỳ 32 Số liệu cuối nhiệm kỳ.",
                SearchText.of(HtmlPostProcessor.parse(html).body()));
    }

    /** "…địa phương.1 Báo cáo…" read wrong in a snippet, and a footnote's "↩" is no word; the note's own text stays. */
    @Test
    void footnoteNumbersAndBackLinksAreLeftOutTheirTextsStay() {
        String markdown = """
                Tại từng địa phương.[^1] Báo cáo này, lần nữa[^1] và[^note] thôi.

                [^1]: Thông tin từ bài viết.
                [^note]: Ghi chú.

                    Đoạn thứ hai của ghi chú.
                """;
        assertEquals("Tại từng địa phương. Báo cáo này, lần nữa và thôi. Thông tin từ bài viết. Ghi chú. Đoạn thứ hai của ghi chú.",
                SearchText.of(NarrativeHtml.sanitised(new MarkdownRenderer().toHtml(markdown)).body()));
    }

    @Test
    void cellsItemsLinesAndBlocksAreASpaceApart() {
        String markdown = """
                | Hoạt động | Số lượng |
                |---|---:|
                | Hội **nghị** | 471 |
                | Tin, bài | 36.176&nbsp;tin |

                - một
                - *hai*
                  - ba

                Dòng một\\
                dòng hai
                > Trích dẫn 86 m<sup>2</sup>
                """;
        // A superscript other than a footnote's number is part of its word, as the reader reads it: "m²".
        assertEquals("Hoạt động Số lượng Hội nghị 471 Tin, bài 36.176 tin một hai ba Dòng một dòng hai Trích dẫn 86 m2",
                SearchText.of(NarrativeHtml.sanitised(new MarkdownRenderer().toHtml(markdown)).body()));
    }

    /** jsoup counts a summary as inline, but the page shows it on a line of its own (HTML let through with unsafe_html). */
    @Test
    void aSummaryIsApartFromWhatItOpens() {
        String html = "<details><summary>Chi tiết</summary>Nội dung <em>ẩn</em></details><p>Tiếp</p>";
        assertEquals("Chi tiết Nội dung ẩn Tiếp", SearchText.of(HtmlPostProcessor.parse(html).body()));
    }
}
