package org.baocao.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Trim and bleed boxes and crop marks for a print shop. The marks are artifacts (not content), so PDF/UA
 * readers skip them; they are drawn in RGB black, the colour space of the PDF/A output intent.
 */
final class CropMarks {
    private static final float POINTS_PER_MM = 72f / 25.4f;
    /** Marks start this far outside the trim, beyond the bleed, so they never print on the trimmed page. */
    private static final float GAP_MM = 1;

    private CropMarks() {}

    static void draw(PDDocument pdf, PrintShop shop) throws IOException {
        float outset = (float) shop.outsetMm() * POINTS_PER_MM;
        float bleed = (float) shop.bleedMm() * POINTS_PER_MM;
        float start = outset - bleed - GAP_MM * POINTS_PER_MM;
        for (PDPage page : pdf.getPages()) {
            PDRectangle media = page.getMediaBox();
            PDRectangle trim = inset(media, outset);
            page.setTrimBox(trim);
            page.setBleedBox(inset(media, outset - bleed));
            try (PDPageContentStream marks = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                marks.beginMarkedContent(COSName.ARTIFACT);
                marks.setStrokingColor(0f, 0f, 0f);
                marks.setLineWidth(0.25f);
                float[] xs = {trim.getLowerLeftX(), trim.getUpperRightX()};
                float[] ys = {trim.getLowerLeftY(), trim.getUpperRightY()};
                for (float x : xs) {
                    for (float y : ys) {
                        float outwardX = x == xs[0] ? -1 : 1;
                        float outwardY = y == ys[0] ? -1 : 1;
                        // A vertical mark above/below the corner and a horizontal one beside it, both outside the bleed.
                        line(marks, x, y + outwardY * (outset - start), x, y + outwardY * outset);
                        line(marks, x + outwardX * (outset - start), y, x + outwardX * outset, y);
                    }
                }
                marks.endMarkedContent();
            }
        }
    }

    private static void line(PDPageContentStream stream, float x1, float y1, float x2, float y2) throws IOException {
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    private static PDRectangle inset(PDRectangle box, float by) {
        return new PDRectangle(box.getLowerLeftX() + by, box.getLowerLeftY() + by, box.getWidth() - 2 * by, box.getHeight() - 2 * by);
    }
}
