package org.baocao.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.baocao.source.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline reads what people hand over and makes upright sRGB files without metadata, each once. */
class ImageCacheTest {
    @TempDir
    Path temp;

    private ImageCache cache() {
        return ImageCache.in(temp.resolve("cache"));
    }

    @Test
    void aPhoneJpegWithExifOrientation6IsTurnedUpright() throws Exception {
        Path file = temp.resolve("dien-thoai.jpg");
        TestImages.exif6Jpeg(file, 400, 300);
        ImageInfo info = ImageProbe.probe(file);
        assertEquals(new ImageInfo(ImageFormat.JPEG, 400, 300, 6, true), info);
        BufferedImage upright = decode(cache().rendition(file, info, new Rendition(200, Rendition.Encoding.JPEG)));
        assertEquals(200, upright.getWidth());
        assertEquals(150, upright.getHeight());
        assertTrue(TestImages.close(new Color(upright.getRGB(100, 20)), TestImages.RED, 24), "red on top");
        assertTrue(TestImages.close(new Color(upright.getRGB(100, 130)), TestImages.BLUE, 24), "blue below");
    }

    @Test
    void aCmykJpegComesOutInSrgbThroughItsIccProfile() throws Exception {
        Path file = temp.resolve("cmyk.jpg");
        TestImages.resource("cmyk-cam.jpg", file);
        ImageInfo info = ImageProbe.probe(file);
        BufferedImage rgb = decode(cache().rendition(file, info, new Rendition(320, Rendition.Encoding.JPEG)));
        assertEquals(3, rgb.getColorModel().getNumComponents());
        Color centre = new Color(rgb.getRGB(160, 120));
        assertTrue(TestImages.close(centre, TestImages.CMYK_ORANGE, 40), "orange, not " + centre);
    }

    @Test
    void aWebpIsReadAndAPngWithAlphaKeepsItsTransparency() throws Exception {
        Path webp = temp.resolve("mong-ngua.webp");
        TestImages.resource("mong-ngua.webp", webp);
        ImageInfo webpInfo = ImageProbe.probe(webp);
        assertEquals(new ImageInfo(ImageFormat.WEBP, 300, 200, 1, true), webpInfo);
        BufferedImage teal = decode(cache().rendition(webp, webpInfo, new Rendition(300, Rendition.Encoding.JPEG)));
        assertTrue(TestImages.close(new Color(teal.getRGB(150, 100)), TestImages.WEBP_TEAL, 12));

        Path png = temp.resolve("dau-an.png");
        TestImages.png16WithAlpha(png, 200);
        ImageInfo pngInfo = ImageProbe.probe(png);
        assertEquals(new ImageInfo(ImageFormat.PNG, 200, 200, 1, false), pngInfo);
        BufferedImage copy = decode(cache().rendition(png, pngInfo, new Rendition(100, Rendition.Encoding.PNG)));
        assertTrue(copy.getColorModel().hasAlpha());
        assertEquals(0, copy.getRGB(2, 2) >>> 24, "transparent corner");
        assertTrue(TestImages.close(new Color(copy.getRGB(50, 50)), TestImages.GOLD, 2));
    }

    @Test
    void metadataIsStrippedAndEachRenditionIsEncodedOnce() throws Exception {
        Path file = temp.resolve("dien-thoai.jpg");
        TestImages.exif6Jpeg(file, 400, 300);
        ImageInfo info = ImageProbe.probe(file);
        ImageCache cache = cache();
        List<Rendition> renditions = List.of(new Rendition(100, Rendition.Encoding.JPEG), new Rendition(400, Rendition.Encoding.JPEG));
        long before = cache.encodes();
        byte[] first = cache.renditions(file, info, renditions).get(renditions.get(1));
        assertEquals(before + 2, cache.encodes());
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("Exif"), "no EXIF in the copy");
        byte[] again = cache.renditions(file, info, renditions).get(renditions.get(1));
        assertEquals(before + 2, cache.encodes(), "nothing encoded the second time");
        assertEquals(-1, java.util.Arrays.mismatch(first, again));
    }

    @Test
    void theHeaderIsEnoughToRefuseAnImageOfMoreThan100Megapixels() throws Exception {
        Path file = temp.resolve("toan-canh.png");
        Files.write(file, pngHeaderOnly(12_000, 9_000)); // no pixel data at all: it is never decoded
        ImageProblem problem = assertThrows(ImageProblem.class, () -> ImageProbe.probe(file));
        assertEquals(Message.IMAGE_TOO_LARGE, problem.message());
        assertEquals(List.of("toan-canh.png", "12000", "9000", "108"), List.of(problem.arguments("toan-canh.png")));
    }

    @Test
    void aFileThatIsNoImageAndAnImageCutShortAreNamed() throws Exception {
        Path text = temp.resolve("ghi-chu.png");
        Files.writeString(text, "Ảnh sẽ gửi sau");
        assertEquals(Message.IMAGE_UNKNOWN_FORMAT, assertThrows(ImageProblem.class, () -> ImageProbe.probe(text)).message());

        Path cut = temp.resolve("cat-ngang.jpg");
        Files.write(cut, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F'});
        ImageProblem damaged = assertThrows(ImageProblem.class, () -> ImageProbe.probe(cut));
        assertEquals(Message.IMAGE_DAMAGED, damaged.message());
        assertEquals("JPEG", damaged.arguments("cat-ngang.jpg")[1]);
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** A PNG signature and IHDR chunk claiming {@code width} × {@code height}, and nothing else. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        byte[] ihdr = java.nio.ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII))
                .putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        out.write(new byte[] {0, 0, 0, 13});
        out.write(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        out.write(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
