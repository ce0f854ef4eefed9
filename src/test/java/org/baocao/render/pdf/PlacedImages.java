package org.baocao.render.pdf;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;

/** The images drawn in a PDF, where they are drawn, and the colours the rendered pages show there: for tests. */
final class PlacedImages {
    static final int DPI = 72;

    private PlacedImages() {}

    /** Where an image is drawn: its page, its pixel size, and its rectangle in PDF points (origin at the page's lower left). */
    record Placement(int page, int pixelWidth, int pixelHeight, float x, float y, float width, float height) {}

    static List<Placement> of(PDDocument document) throws IOException {
        List<Placement> placements = new ArrayList<>();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            new ImageFinder(i, placements).processPage(document.getPage(i));
        }
        return placements;
    }

    static List<Placement> of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return of(document);
        }
    }

    /**
     * The rendered colour at a point of an image's rectangle, given as fractions of its width from the left and of its
     * height from the top.
     */
    static Color colourAt(PDDocument document, Placement placement, float fromLeft, float fromTop) throws IOException {
        BufferedImage page = new PDFRenderer(document).renderImageWithDPI(placement.page(), DPI);
        float pageHeight = document.getPage(placement.page()).getMediaBox().getHeight();
        float x = placement.x() + placement.width() * fromLeft;
        float y = placement.y() + placement.height() * (1 - fromTop);
        float scale = DPI / 72f;
        return new Color(page.getRGB(Math.round(x * scale), Math.round((pageHeight - y) * scale)));
    }

    /** Collects every image drawn on a page, with the transformation it is drawn with. */
    private static final class ImageFinder extends PDFStreamEngine {
        private final int page;
        private final List<Placement> placements;

        ImageFinder(int page, List<Placement> placements) {
            this.page = page;
            this.placements = placements;
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if ("Do".equals(operator.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name) {
                PDXObject object = getResources().getXObject(name);
                if (object instanceof PDImageXObject image) {
                    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                    placements.add(new Placement(page, image.getWidth(), image.getHeight(), ctm.getTranslateX(), ctm.getTranslateY(),
                            ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                    return;
                }
                if (object instanceof PDFormXObject form) {
                    showForm(form);
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
