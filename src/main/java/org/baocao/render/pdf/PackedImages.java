package org.baocao.render.pdf;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Palette images of fewer than 8 bits a pixel, re-encoded for the PDF as 8-bit RGB (ARGB with transparency). PDFBox
 * embeds a PNG it cannot copy as is (one with a cHRM chunk, as ImageMagick writes) and every GIF by decoding it, and
 * then takes any opaque 1-bit image for black and white, dropping its palette: a sky-blue picture prints white.
 * Re-encoding the few packed ones keeps their colours; the website serves the original files.
 */
final class PackedImages {
    private PackedImages() {}

    /** Points each such {@code img} of {@code document} at an RGB copy in a {@code data:} URI. */
    static void reencode(Document document, Path root) {
        for (Element img : document.select("img[src]")) {
            Path file = localFile(img.attr("src"), root);
            if (file == null) continue;
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".gif")) continue;
            try {
                if (!isPackedPalette(file)) continue;
                BufferedImage image = ImageIO.read(file.toFile());
                if (image != null) {
                    img.attr("src", "data:image/png;base64," + Base64.getEncoder().encodeToString(rgbPng(image)));
                }
            } catch (IOException e) {
                // Unreadable here is unreadable for the PDF renderer too, which reports it; the file stays as it is.
            }
        }
    }

    /** Whether the image is a palette of fewer than 8 bits a pixel, read from its header without decoding it. */
    private static boolean isPackedPalette(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) return false;
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
                if (!types.hasNext()) return false;
                ColorModel model = types.next().getColorModel();
                return model instanceof IndexColorModel && model.getPixelSize() < 8;
            } finally {
                reader.dispose();
            }
        }
    }

    private static byte[] rgbPng(BufferedImage image) throws IOException {
        boolean alpha = image.getColorModel().hasAlpha();
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "png", out);
        return out.toByteArray();
    }

    /**
     * The file that {@code src} names inside {@code root}, the only files the PDF may load, else null. Pages name
     * their images relative to the output folder, as written (not percent-encoded).
     */
    static Path localFile(String src, Path root) {
        Path folder = root.toAbsolutePath().normalize();
        if (!src.startsWith("file:") && src.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) return null; // data:, https:
        try {
            Path file = src.startsWith("file:") ? Path.of(URI.create(src)) : folder.resolve(src);
            file = file.toAbsolutePath().normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
        } catch (IllegalArgumentException e) { // not a path (InvalidPathException too)
            return null;
        }
    }
}
