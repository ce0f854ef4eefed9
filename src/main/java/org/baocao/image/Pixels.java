package org.baocao.image;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Decodes an image into upright sRGB pixels (8 bits a channel, alpha kept when it has any), scaled down. */
final class Pixels {
    private Pixels() {}

    /** The image at {@code width} pixels wide (never wider than it is), upright, in sRGB. */
    static BufferedImage decode(Path file, ImageInfo info, int width) throws ImageProblem {
        int target = Math.min(width, info.width());
        BufferedImage stored;
        try (ImageInputStream in = ImageReaders.open(file)) {
            ImageReader reader = ImageReaders.reader(info.format());
            try {
                reader.setInput(in, true, true);
                ImageReadParam param = reader.getDefaultReadParam();
                // Reading every nth pixel down to twice the size needed saves most of the memory and time of a large
                // photo; the smooth scaling that follows keeps its quality.
                int step = Math.max(1, info.width() / (2 * target));
                param.setSourceSubsampling(step, step, 0, 0);
                stored = reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw ImageProbe.damaged(info.format(), e);
        }
        BufferedImage srgb = toSrgb(stored);
        // The upright image is target wide: the stored image's height when the camera was held sideways.
        int outWidth;
        int outHeight;
        if (info.orientation() >= 5) {
            outHeight = target;
            outWidth = Math.max(1, Math.round((float) target * srgb.getWidth() / srgb.getHeight()));
        } else {
            outWidth = target;
            outHeight = Math.max(1, Math.round((float) target * srgb.getHeight() / srgb.getWidth()));
        }
        return orient(scale(srgb, outWidth, outHeight), info.orientation());
    }

    /** An upright sRGB image made {@code width} pixels wide, its proportions kept. */
    static BufferedImage resize(BufferedImage image, int width) {
        return scale(image, width, Math.max(1, Math.round((float) width * image.getHeight() / image.getWidth())));
    }

    /**
     * Into sRGB: a CMYK image or one with its own ICC profile through that profile; palette, grey and 16-bit images
     * by drawing them, which keeps a grey value as it is.
     */
    static BufferedImage toSrgb(BufferedImage image) {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean convert = space.getType() == ColorSpace.TYPE_CMYK || space.getType() == ColorSpace.TYPE_RGB && !space.isCS_sRGB();
        if (convert) {
            new ColorConvertOp(null).filter(image, out);
        } else {
            Graphics2D g = out.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
        }
        return out;
    }

    /** Halves with bilinear filtering while more than twice too large, then scales once: close to an area average. */
    private static BufferedImage scale(BufferedImage image, int width, int height) {
        BufferedImage current = image;
        while (current.getWidth() != width || current.getHeight() != height) {
            int w = current.getWidth() / 2 >= width ? current.getWidth() / 2 : width;
            int h = current.getHeight() / 2 >= height ? current.getHeight() / 2 : height;
            if (w > current.getWidth() || h > current.getHeight()) { w = width; h = height; }
            BufferedImage next = new BufferedImage(w, h, current.getType());
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** The pixels turned as EXIF {@code orientation} (1 to 8) says the camera was held. */
    static BufferedImage orient(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) return image;
        int w = image.getWidth();
        int h = image.getHeight();
        boolean sideways = orientation >= 5;
        BufferedImage out = new BufferedImage(sideways ? h : w, sideways ? w : h, image.getType());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                switch (orientation) {
                    case 2 -> out.setRGB(w - 1 - x, y, rgb);
                    case 3 -> out.setRGB(w - 1 - x, h - 1 - y, rgb);
                    case 4 -> out.setRGB(x, h - 1 - y, rgb);
                    case 5 -> out.setRGB(y, x, rgb);
                    case 6 -> out.setRGB(h - 1 - y, x, rgb);
                    case 7 -> out.setRGB(h - 1 - y, w - 1 - x, rgb);
                    default -> out.setRGB(y, w - 1 - x, rgb); // 8
                }
            }
        }
        return out;
    }
}
