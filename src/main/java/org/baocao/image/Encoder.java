package org.baocao.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Writes pixels as a new file: no metadata of the original (EXIF, GPS position, camera) goes with them. */
final class Encoder {
    static final float JPEG_QUALITY = 0.85f;

    private Encoder() {}

    static byte[] encode(BufferedImage image, Rendition.Encoding encoding) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            if (encoding == Rendition.Encoding.PNG) {
                ImageIO.write(opaqueWhenItCan(image), "png", bytes);
                return bytes.toByteArray();
            }
            BufferedImage rgb = image;
            if (image.getColorModel().hasAlpha()) { // JPEG has no transparency: onto white, as on the page
                rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                var g = rgb.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
                g.dispose();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(JPEG_QUALITY);
                writer.setOutput(out);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: cannot happen
        }
    }

    /** An image with an alpha channel that is opaque everywhere is written without it: a third smaller. */
    private static BufferedImage opaqueWhenItCan(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) return image;
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int pixel : pixels) {
            if (pixel >>> 24 != 0xFF) return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(0, 0, image.getWidth(), image.getHeight(), pixels, 0, image.getWidth());
        return rgb;
    }
}
