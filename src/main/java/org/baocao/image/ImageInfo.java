package org.baocao.image;

/**
 * What an image's header says, read without decoding its pixels.
 *
 * @param width       in pixels as the image is seen, after its EXIF orientation (0 for SVG)
 * @param height      likewise
 * @param orientation the EXIF orientation, 1 (upright) to 8
 * @param photo       a photograph: a JPEG, or a lossy WebP without transparency. Printed and served as JPEG; any
 *                    other raster image is kept lossless (PNG), as line art and transparency need
 */
public record ImageInfo(ImageFormat format, int width, int height, int orientation, boolean photo) {
    /** Decoding more would take gigabytes of memory: such a file is refused before it is decoded. */
    public static final long MAX_PIXELS = 100_000_000L;

    public boolean raster() {
        return format != ImageFormat.SVG;
    }

    public double megapixels() {
        return (double) width * height / 1_000_000;
    }
}
