package org.baocao.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.image.ImageCache;
import org.baocao.image.ImageInfo;
import org.baocao.image.ImageProbe;
import org.baocao.image.ImageProblem;
import org.baocao.image.Rendition;
import org.baocao.render.MediaFile;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Puts each image into the print document as the PDF needs it: upright, in sRGB (a CMYK photo would break PDF/A
 * without a CMYK output intent), without metadata, and down-sampled to about {@link #PPI} at the size it is printed;
 * photos as JPEG, everything else losslessly (PDFBox also takes an opaque 1-bit palette image for black and white,
 * which re-encoding avoids). A photo printed at fewer than {@link #MIN_PHOTO_PPI} is worth a warning. SVG images are
 * drawn as they are.
 */
final class PrintImages {
    static final int PPI = 300;
    static final int MIN_PHOTO_PPI = 200;
    /** A CSS pixel: openhtmltopdf places an image without a set width at its pixel size at 96 pixels an inch. */
    private static final double MM_PER_CSS_PIXEL = 25.4 / 96;
    private static final Pattern WIDTH = Pattern.compile("(?:^|;)\\s*width\\s*:\\s*([0-9.]+)\\s*(%|mm|cm|in|pt)", Pattern.CASE_INSENSITIVE);

    private final Map<String, MediaFile> media;
    private final ImageCache cache;
    private final Diagnostics diagnostics;
    private final double textWidthMm;

    /** @param media the images of every report by their path in the output folder: the covers, too */
    PrintImages(Map<String, MediaFile> media, ImageCache cache, Diagnostics diagnostics, double textWidthMm) {
        this.media = media;
        this.cache = cache;
        this.diagnostics = diagnostics;
        this.textWidthMm = textWidthMm;
    }

    /**
     * Points each raster {@code img} of {@code document} at its print rendition, in a {@code data:} URI.
     *
     * @param used       the images as the printed editions' narratives use them, before the report's others (its cover)
     * @param outputRoot the output folder, which holds the theme's images (a logo) that no narrative names
     */
    void embed(Document document, Map<String, MediaFile> used, Path outputRoot) {
        for (Element img : document.select("img[src]")) {
            String path = img.attr("src").replaceFirst("^(\\./)+", "");
            MediaFile image = used.get(path);
            if (image == null) image = media.get(path);
            if (image == null) image = themeImage(path, outputRoot);
            // The website's sizes: in print, the page's layout and the image's own pixels decide.
            img.removeAttr("srcset").removeAttr("sizes").removeAttr("loading").removeAttr("decoding");
            if (image == null || !image.image().raster()) continue;
            img.removeAttr("width").removeAttr("height");
            ImageInfo info = image.image();
            double printedMm = printedWidthMm(img, info);
            double ppi = info.width() / (printedMm / 25.4);
            if (info.photo() && ppi < MIN_PHOTO_PPI) {
                diagnostics.warning(image.usedAt(), Message.IMAGE_LOW_PPI, image.written(), String.format(Locale.ROOT, "%.0f", ppi),
                        String.valueOf(MIN_PHOTO_PPI), String.valueOf((int) Math.ceil(printedMm / 25.4 * PPI)),
                        String.format(Locale.ROOT, "%.0f", printedMm));
            }
            Rendition rendition = new Rendition(Math.min(info.width(), (int) Math.ceil(printedMm / 25.4 * PPI)), Rendition.encodingOf(info));
            try {
                byte[] bytes = cache.rendition(image.source(), info, rendition);
                img.attr("src", "data:" + rendition.encoding().mediaType() + ";base64," + Base64.getEncoder().encodeToString(bytes));
            } catch (ImageProblem problem) {
                diagnostics.error(image.usedAt(), problem.message(), problem.arguments(image.written()));
            }
        }
    }

    /** An image of the theme that the print template shows, a file below the output folder; else null. */
    private static MediaFile themeImage(String src, Path outputRoot) {
        if (src.matches("(?s)^[A-Za-z][A-Za-z0-9+.-]*:.*")) return null; // data:, https:, file:
        Path folder = outputRoot.toAbsolutePath().normalize();
        try {
            Path file = folder.resolve(src).normalize();
            if (!file.startsWith(folder) || !Files.isRegularFile(file)) return null;
            return new MediaFile(file, src, ImageProbe.probe(file), src, SourcePosition.wholeFile("templates/print.ftlh"));
        } catch (ImageProblem | IllegalArgumentException e) { // not a path, or not an image the renderer could use either
            return null;
        }
    }

    /**
     * The width the image is printed at: the width its figure (or itself) is given, a percentage of the text width or
     * a length; else the text width. An image narrower than that at 96 pixels an inch is printed at that size.
     */
    double printedWidthMm(Element img, ImageInfo info) {
        double available = textWidthMm;
        for (Element element = img; element != null && !element.tagName().equals("body"); element = element.parent()) {
            Matcher width = WIDTH.matcher(element.attr("style"));
            if (width.find()) {
                double value = Double.parseDouble(width.group(1));
                available = switch (width.group(2).toLowerCase(Locale.ROOT)) {
                    case "%" -> textWidthMm * value / 100;
                    case "cm" -> value * 10;
                    case "in" -> value * 25.4;
                    case "pt" -> value * 25.4 / 72;
                    default -> value;
                };
                break;
            }
        }
        return Math.min(available, info.width() * MM_PER_CSS_PIXEL);
    }
}
