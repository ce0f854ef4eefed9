package org.baocao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The markup of tables and footnotes that the site's post-processing, the print edition and the theme's stylesheets
 * select on ({@code table.md-table}, {@code a.footnote-ref}, {@code div.footnotes li > a.footnote-backref}, the
 * {@code fn-}/{@code fnref-} ids), and GitHub's rules for both.
 */
class MarkupContractTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void aTableIsAnMdTableWithARowPerLineAndItsColumnsAlignment() {
        assertEquals("""
                <table class="md-table">
                <thead>
                <tr><th align="left">Tỉnh</th><th align="center">Năm</th><th align="right">Số hợp tác xã</th></tr>
                </thead>
                <tbody>
                <tr><td align="left">Đồng Tháp</td><td align="center">2020</td><td align="right">1.234</td></tr>
                </tbody>
                </table>
                """, markdown.toHtml("""
                | Tỉnh | Năm | Số hợp tác xã |
                |:-----|:---:|--------------:|
                | Đồng Tháp | 2020 | 1.234 |
                """));
    }

    @Test
    void aShortRowGetsEmptyCellsAndALongRowLosesItsExtraCells() {
        assertEquals("""
                <table class="md-table">
                <thead>
                <tr><th>a</th><th>b</th></tr>
                </thead>
                <tbody>
                <tr><td>1</td><td></td></tr>
                <tr><td>2</td><td>3</td></tr>
                </tbody>
                </table>
                """, markdown.toHtml("| a | b |\n|---|---|\n| 1 |\n| 2 | 3 | 4 |\n"));
    }

    @Test
    void aDelimiterRowWithMoreOrFewerCellsThanTheHeaderMakesNoTable() {
        assertEquals("<p>| a |\n|---|---|\n| 1 |</p>\n", markdown.toHtml("| a |\n|---|---|\n| 1 |\n"));
        assertEquals("<p>| a | b |\n|---|\n| 1 |</p>\n", markdown.toHtml("| a | b |\n|---|\n| 1 |\n"));
    }

    @Test
    void aLineWithoutAPipeRightBelowATableIsARowThatCarriesItsLineForTheWarning() {
        assertEquals("""
                <table class="md-table">
                <thead>
                <tr><th>Năm</th><th align="right">Thành viên</th></tr>
                </thead>
                <tbody>
                <tr><td>2023</td><td align="right">1.200</td></tr>
                <tr data-lazy-row="Nguồn: &quot;Sổ&quot; &lt;ghi&gt; chép."><td>Nguồn: &quot;Sổ&quot; <ghi> chép.</td><td align="right"></td></tr>
                <tr><td>Ghi chú</td><td align="right"></td></tr>
                </tbody>
                </table>
                <blockquote>
                <table class="md-table">
                <thead>
                <tr><th>a</th><th>b</th></tr>
                </thead>
                <tbody>
                <tr data-lazy-row="Nguồn"><td>Nguồn</td><td></td></tr>
                </tbody>
                </table>
                </blockquote>
                """, markdown.toHtml("""
                | Năm | Thành viên |
                |---|--:|
                | 2023 | 1.200 |
                  Nguồn: "Sổ" <ghi> chép.\s\s
                Ghi chú |

                > | a | b |
                > |---|---|
                Nguồn
                """));
    }

    @Test
    void aTableEndsAtABlankLineOrABlockAndARowWithPipesIsNoLazyRow() {
        assertEquals("""
                <table class="md-table">
                <thead>
                <tr><th>Năm</th><th>Thành viên</th></tr>
                </thead>
                <tbody>
                <tr><td>Nguồn: Sổ</td><td></td></tr>
                </tbody>
                </table>
                <p>Nguồn: Sổ ghi chép.</p>
                <table class="md-table">
                <thead>
                <tr><th>a</th><th>b</th></tr>
                </thead>
                </table>
                <ul>
                <li>Nguồn</li>
                </ul>
                """, markdown.toHtml("""
                | Năm | Thành viên |
                |---|---|
                | Nguồn: Sổ |

                Nguồn: Sổ ghi chép.

                | a | b |
                |---|---|
                - Nguồn
                """));
    }

    @Test
    void anEscapedPipeIsTextInItsCell() {
        assertEquals("""
                <table class="md-table">
                <thead>
                <tr><th>a | b</th><th>c</th></tr>
                </thead>
                <tbody>
                <tr><td>1</td><td>2</td></tr>
                </tbody>
                </table>
                """, markdown.toHtml("| a \\| b | c |\n|---|---|\n| 1 | 2 |\n"));
    }

    @Test
    void notesAreNumberedByTheirFirstCallAndListedAfterTheTextWithABackLinkPerCall() {
        assertEquals("""
                <p>Lúa<sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup> và sen<sup id="fnref-2"><a class="footnote-ref" href="#fn-2">2</a></sup>, lại lúa<sup id="fnref-1-1"><a class="footnote-ref" href="#fn-1">1</a></sup>.</p>
                <p>Chưa có [^khong].</p>
                <div class="footnotes">
                <hr />
                <ol>
                <li id="fn-1">
                <p>Lúa.</p>
                <p>Đoạn hai.</p>
                <a href="#fnref-1" class="footnote-backref">&#8617;</a>
                <a href="#fnref-1-1" class="footnote-backref">&#8617;</a>
                </li>
                <li id="fn-2">
                <p>Sen Đồng Tháp<sup id="fnref-3"><a class="footnote-ref" href="#fn-3">3</a></sup>.</p>
                <a href="#fnref-2" class="footnote-backref">&#8617;</a>
                </li>
                <li id="fn-3">
                <p>Nguồn: Sở Nông nghiệp.</p>
                <a href="#fnref-3" class="footnote-backref">&#8617;</a>
                </li>
                </ol>
                </div>
                """, markdown.toHtml("""
                Lúa[^lua] và sen[^Sen], lại lúa[^lua].

                [^sen]: Sen Đồng Tháp[^nguon].
                [^lua]: Lúa.

                    Đoạn hai.
                [^nguon]: Nguồn: Sở Nông nghiệp.
                [^thua]: Không ai gọi.

                Chưa có [^khong].
                """));
    }

    @Test
    void aTextWithoutCallsHasNoNotes() {
        assertEquals("<p>Văn bản.</p>\n", markdown.toHtml("Văn bản.\n\n[^thua]: Không ai gọi.\n"));
    }
}
