package org.baocao.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Images as phones, agencies and designers hand them over, made here (the CMYK JPEG and the WebP, which Java cannot
 * write, are small files in src/test/resources/images/, made with Debian's ImageMagick and cwebp: see the README there).
 */
public final class TestImages {
    public static final Color RED = new Color(0xC6, 0x28, 0x28);
    public static final Color BLUE = new Color(0x15, 0x65, 0xC0);
    /** The colour of the CMYK fixture, as it was before ImageMagick converted it to CMYK (SWOP). */
    public static final Color CMYK_ORANGE = new Color(0xD8, 0x43, 0x15);
    /** The colour of the WebP fixture. */
    public static final Color WEBP_TEAL = new Color(0x00, 0x89, 0x7B);
    public static final Color GOLD = new Color(0xF6, 0xD3, 0x65);

    private TestImages() {}

    /**
     * A phone photo held upright: seen upright it is {@code width} × {@code height}, red above and blue below, but its
     * pixels are stored turned a quarter to the left, with EXIF orientation 6 telling viewers to turn it back.
     */
    public static void exif6Jpeg(Path file, int width, int height) throws IOException {
        BufferedImage stored = new BufferedImage(height, width, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = stored.createGraphics();
        g.setColor(RED); // the upright image's top is the stored image's left
        g.fillRect(0, 0, height / 2, width);
        g.setColor(BLUE);
        g.fillRect(height / 2, 0, height - height / 2, width);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(stored, "jpeg", jpeg);
        byte[] bytes = jpeg.toByteArray();
        byte[] exif = {
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, // TIFF header, big-endian, first IFD at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, // Orientation, SHORT, 1 value: 6
            0, 0, 0, 0, // no next IFD
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1); // APP1
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.write(exif);
        out.write(bytes, 2, bytes.length - 2);
        Files.createDirectories(file.getParent());
        Files.write(file, out.toByteArray());
    }

    /** A 24-megapixel (6000 × 4000) camera photo of about 11 MB: a colourful gradient with sensor-like noise. */
    public static void bigPhoto(Path file) throws IOException {
        ImageBenchmark.writePhoto(file, 6000, 4000, 24);
    }

    /** A 16-bit RGBA PNG: a gold square on a transparent ground. */
    public static void png16WithAlpha(Path file, int size) throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), new int[] {16, 16, 16, 16},
                true, false, Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(size, size);
        int[] gold = {GOLD.getRed() * 257, GOLD.getGreen() * 257, GOLD.getBlue() * 257, 65535};
        for (int y = size / 4; y < size - size / 4; y++) {
            for (int x = size / 4; x < size - size / 4; x++) raster.setPixel(x, y, gold);
        }
        BufferedImage image = new BufferedImage(model, raster, false, null);
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no 16-bit PNG writer");
    }

    /** A logo as designers send it: SVG. */
    public static void svgLogo(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                <svg xmlns="http://www.w3.org/2000/svg" width="200" height="80" viewBox="0 0 200 80">
                  <title>Quỹ Tín dụng Nhân dân Tân Phú</title>
                  <rect width="200" height="80" rx="8" fill="#1F3A5F"/>
                  <text x="100" y="50" font-size="28" text-anchor="middle" fill="#F6D365">Tân Phú</text>
                </svg>
                """);
    }

    /** Copies a fixture of src/test/resources/images/ to {@code file}. */
    public static void resource(String name, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (InputStream in = TestImages.class.getResourceAsStream("/images/" + name)) {
            if (in == null) throw new IOException("no test image " + name);
            Files.copy(in, file);
        }
    }

    public static void writeJpeg(BufferedImage image, Path file, float quality) throws IOException {
        Files.createDirectories(file.getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    public static boolean close(Color a, Color b, int tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

}
