package org.baocao.image;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The ImageIO reader of each format. JPEG comes from TwelveMonkeys, which reads CMYK and YCCK files and applies
 * their ICC profiles, where the JDK's reader fails; WebP from TwelveMonkeys too, which the JDK cannot read at all.
 */
final class ImageReaders {
    static {
        ImageIO.scanForPlugins(); // the TwelveMonkeys plug-ins, also when loaded by a class loader ImageIO did not scan
    }

    private ImageReaders() {}

    static ImageInputStream open(Path file) throws IOException {
        ImageInputStream in = ImageIO.createImageInputStream(file.toFile());
        if (in == null) throw new IOException("cannot open " + file.getFileName());
        return in;
    }

    static ImageReader reader(ImageFormat format) throws IOException {
        String name = switch (format) {
            case JPEG -> "jpeg";
            case PNG -> "png";
            case GIF -> "gif";
            case WEBP -> "webp";
            case SVG -> throw new IllegalArgumentException("SVG is not decoded");
        };
        ImageReader fallback = null;
        for (Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(name); readers.hasNext(); ) {
            ImageReader reader = readers.next();
            if (format != ImageFormat.JPEG || reader.getClass().getName().startsWith("com.twelvemonkeys")) {
                if (fallback != null) fallback.dispose();
                return reader;
            }
            if (fallback == null) fallback = reader;
            else reader.dispose();
        }
        if (fallback != null) return fallback;
        throw new IOException("no " + name + " reader");
    }
}
