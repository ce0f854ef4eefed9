package org.baocao.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AttributeSyntaxTest {
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    @Test
    void anImageGetsItsClassesAndWidth() {
        assertEquals("""
                <p><img src="../media/chan-dung.jpg" alt="Bà Lê Thị Mai, Chủ tịch HĐQT" title="Chủ tịch Hội đồng quản trị Lê Thị Mai" class="image-right" style="width:35%" /></p>
                """, markdown.toHtml(
                "![Bà Lê Thị Mai, Chủ tịch HĐQT](../media/chan-dung.jpg \"Chủ tịch Hội đồng quản trị Lê Thị Mai\"){width=35% .right}\n"));
    }

    @Test
    void aDecorativeImageKeepsItsEmptyAltAndWidthInMillimetres() {
        assertEquals("""
                <p><img src="../media/chu-ky.png" alt="" class="image-signature" style="width:40mm" /></p>
                """, markdown.toHtml("![](../media/chu-ky.png){width=40mm .signature}\n"));
    }

    @Test
    void anImageInsideASentenceGetsTheAttributesItself() {
        assertEquals("<p>Logo <img src=\"logo.png\" alt=\"Logo\" class=\"image-left\" style=\"width:10%\" /> và chữ.</p>\n",
                markdown.toHtml("Logo ![Logo](logo.png){width=10% .left} và chữ.\n"));
    }

    @Test
    void unknownAttributesAreNamedForADiagnosticAndLeftOutOfTheText() {
        assertEquals("""
                <p><img src="a.png" alt="A" class="image-right" data-attribute-problems="width '35' is not a width in % or mm; unknown class '.rigth'" data-attribute-block="{width=35 .rigth .right}" /></p>
                """, markdown.toHtml("![A](a.png){width=35 .rigth .right}\n"));
    }

    @Test
    void braceTextThatIsNoBlockStaysText() {
        assertEquals("<p><img src=\"a.png\" alt=\"A\" />{ not closed</p>\n", markdown.toHtml("![A](a.png){ not closed\n"));
    }

    @Test
    void aBlockQuoteWithPullOrCalloutOnItsFirstLineGetsTheClass() {
        assertEquals("<blockquote class=\"pull\">\n<p>Hợp tác xã là nòng cốt.</p>\n</blockquote>\n",
                markdown.toHtml("> {.pull}\n> Hợp tác xã là nòng cốt.\n"));
        assertEquals("<blockquote class=\"callout\">\n<p>Lưu ý</p>\n<p>Hai đoạn.</p>\n</blockquote>\n",
                markdown.toHtml("> {.callout}\n>\n> Lưu ý\n>\n> Hai đoạn.\n"));
        assertEquals("<blockquote>\n<p>{.pull} trong câu</p>\n</blockquote>\n", markdown.toHtml("> {.pull} trong câu\n"));
    }
}
