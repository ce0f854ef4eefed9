package org.baocao.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Times the image pipeline on generated camera photos: every rendition a build makes of each (the site's sizes and
 * the PDF's 300 ppi copy at the A4 text width), once with an empty cache and once more with the cache filled.
 */
public final class ImageBenchmark {
    /** The A4 text width (170 mm) at 300 ppi. */
    private static final int PRINT_WIDTH = 2008;

    /**
     * @param megapixels  of all the photos together
     * @param coldMillis  with an empty cache: every photo decoded, every rendition encoded
     * @param coldEncodes renditions encoded then
     * @param warmMillis  the same again, every rendition read from the cache
     * @param warmEncodes renditions encoded then: none
     */
    public record Result(int photos, double megapixels, long coldMillis, long coldEncodes, long warmMillis, long warmEncodes) {
        public double millisPerMegapixel() {
            return coldMillis / megapixels;
        }
    }

    private ImageBenchmark() {}

    /** Runs on {@code photos} generated 24-megapixel photos (6000 × 4000, about 11 MB each) in {@code folder}. */
    public static Result run(Path folder, int photos) throws IOException, ImageProblem {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < photos; i++) {
            Path file = folder.resolve("anh-" + (i + 1) + ".jpg");
            writePhoto(file, 6000, 4000, i);
            files.add(file);
        }
        ImageCache cache = ImageCache.in(folder.resolve("cache"));
        double megapixels = 0;
        long start = System.nanoTime();
        for (Path file : files) megapixels += process(file, cache).megapixels();
        long coldMillis = (System.nanoTime() - start) / 1_000_000;
        long coldEncodes = cache.encodes();
        start = System.nanoTime();
        for (Path file : files) process(file, cache);
        long warmMillis = (System.nanoTime() - start) / 1_000_000;
        return new Result(photos, megapixels, coldMillis, coldEncodes, warmMillis, cache.encodes() - coldEncodes);
    }

    /** What a build does with one photo: read its header, make the site's files, then the PDF's. */
    private static ImageInfo process(Path file, ImageCache cache) throws ImageProblem {
        ImageInfo info = ImageProbe.probe(file);
        List<Rendition> site = new ArrayList<>();
        WebImage.files(file.getFileName().toString(), info).forEach(web -> web.rendition().ifPresent(site::add));
        cache.renditions(file, info, site);
        cache.rendition(file, info, new Rendition(Math.min(info.width(), PRINT_WIDTH), Rendition.encodingOf(info)));
        return info;
    }

    /**
     * A camera-like photo: a colourful gradient with sensor noise, which JPEG compresses as badly as real detail
     * (6000 × 4000 gives about 11 MB at quality 0.92). {@code seed} makes each photo different.
     */
    public static void writePhoto(Path file, int width, int height, int seed) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(49) - 24;
                int r = clamp(40 + 180 * x / width + noise);
                int g = clamp(150 - 90 * y / height + noise);
                int b = clamp(60 + 120 * y / height + noise);
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.92f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
