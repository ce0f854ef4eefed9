package org.baocao.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * A photo cropped to fill a box, never stretched: scaled so that it covers the box, centred, the overflow clipped by
 * the page. openhtmltopdf has no {@code object-fit}, so the image's size and offset are written out in millimetres.
 */
record PageFill(double widthMm, double heightMm, double leftMm, double topMm) {

    static PageFill cover(int pixelWidth, int pixelHeight, double boxWidthMm, double boxHeightMm) {
        double scale = Math.max(boxWidthMm / pixelWidth, boxHeightMm / pixelHeight);
        double width = pixelWidth * scale;
        double height = pixelHeight * scale;
        return new PageFill(width, height, (boxWidthMm - width) / 2, (boxHeightMm - height) / 2);
    }

    String css() {
        return String.format(Locale.ROOT, "width:%.2fmm;height:%.2fmm;left:%.2fmm;top:%.2fmm", widthMm, heightMm, leftMm, topMm);
    }

    /** The image's width and height in pixels, read from its header without decoding it; empty if unreadable. */
    static Optional<int[]> pixelSize(Path file) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return Optional.empty();
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
