package org.baocao.image;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files the website serves for one image: the image itself at its own path, at most {@link #FULL_WIDTH} pixels
 * wide, and smaller copies beside it ({@code name-480w.jpg}, {@code name-960w.jpg}) that a phone picks through
 * {@code srcset}. JPEG and PNG files are made again (upright, sRGB, without metadata); a GIF (it may be animated) and
 * a WebP (there is no WebP writer) are served as they are at their own path, their smaller copies made as JPEG or PNG.
 * An SVG is served as it is.
 */
public final class WebImage {
    public static final int FULL_WIDTH = 1920;
    private static final int[] SMALLER_WIDTHS = {480, 960};

    /**
     * One file of the site.
     *
     * @param path      relative to the output folder
     * @param rendition how it is made; empty: the original file, copied
     */
    public record File(String path, int width, int height, Optional<Rendition> rendition) {}

    private WebImage() {}

    /** The files for the image {@code info} served at {@code path}, largest last. */
    public static List<File> files(String path, ImageInfo info) {
        if (!info.raster()) return List.of(new File(path, 0, 0, Optional.empty()));
        boolean remade = info.format() == ImageFormat.JPEG || info.format() == ImageFormat.PNG;
        int fullWidth = remade ? Math.min(info.width(), FULL_WIDTH) : info.width();
        Rendition.Encoding encoding = Rendition.encodingOf(info);
        List<File> files = new ArrayList<>();
        for (int width : SMALLER_WIDTHS) {
            if (width < fullWidth * 0.8) {
                files.add(new File(variantPath(path, width, encoding), width, heightAt(info, width), Optional.of(new Rendition(width, encoding))));
            }
        }
        files.add(new File(path, fullWidth, heightAt(info, fullWidth),
                remade ? Optional.of(new Rendition(fullWidth, encoding)) : Optional.empty()));
        return List.copyOf(files);
    }

    private static int heightAt(ImageInfo info, int width) {
        return Math.max(1, Math.round((float) width * info.height() / info.width()));
    }

    private static String variantPath(String path, int width, Rendition.Encoding encoding) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash ? path.substring(0, dot) : path;
        return stem + "-" + width + "w." + encoding.extension();
    }
}
