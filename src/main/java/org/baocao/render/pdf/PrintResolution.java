package org.baocao.render.pdf;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.render.MediaFile;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Warns of a photo that the print edition places at fewer than 200 pixels per inch, which prints soft: its width in
 * pixels against the width the layout gives it (the attribute block's width of the text's measure, the page's
 * width for a whole-page photo).
 */
final class PrintResolution {
    static final int MINIMUM_PPI = 200;
    private static final Pattern WIDTH = Pattern.compile("width:\\s*([\\d.]+)(%|mm)");
    /** print.css: a floated or signature image without a width takes 40% of the measure. */
    private static final double FLOAT_SHARE = 0.40;

    private PrintResolution() {}

    /**
     * @param measureMm the body text's width; {@code fullMm} the page's text area, {@code sheetMm} the full-bleed width
     */
    static void check(Document document, Path outputRoot, List<MediaFile> media, Path projectRoot,
                      double measureMm, double fullMm, double sheetWidthMm, double sheetHeightMm, Diagnostics diagnostics) {
        for (Element img : document.select("figure.image > img[src], img[src].image-right, img[src].image-left")) {
            Path file = PackedImages.localFile(img.attr("src"), outputRoot);
            if (file == null) continue;
            int[] size = PageFill.pixelSize(file).orElse(null);
            if (size == null) continue;
            Element box = img.parent() != null && img.parent().tagName().equals("figure") ? img.parent() : img;
            double placedMm;
            if (box.hasClass("image-page")) {
                placedMm = PageFill.cover(size[0], size[1], sheetWidthMm, sheetHeightMm).widthMm();
            } else if (box.hasClass("image-full")) {
                placedMm = fullMm;
            } else {
                Matcher width = WIDTH.matcher(box.attr("style"));
                boolean floated = box.hasClass("image-right") || box.hasClass("image-left") || box.hasClass("image-signature");
                placedMm = width.find()
                        ? (width.group(2).equals("mm") ? Double.parseDouble(width.group(1)) : measureMm * Double.parseDouble(width.group(1)) / 100)
                        : floated ? measureMm * FLOAT_SHARE : measureMm;
            }
            long ppi = Math.round(size[0] / (placedMm / 25.4));
            if (ppi >= MINIMUM_PPI) continue;
            String target = outputRoot.relativize(file).toString().replace('\\', '/');
            String source = media.stream().filter(m -> m.target().equals(target)).findFirst()
                    .map(m -> projectRoot.relativize(m.source().toAbsolutePath().normalize()).toString().replace('\\', '/'))
                    .orElse(target);
            diagnostics.warning(SourcePosition.wholeFile(source), Message.IMAGE_LOW_PRINT_RESOLUTION, source, ppi, size[0], size[1],
                    Math.round(placedMm), (long) Math.ceil(placedMm / 25.4 * MINIMUM_PPI));
        }
    }
}
