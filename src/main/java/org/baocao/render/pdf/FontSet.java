package org.baocao.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.baocao.config.Brand;
import org.baocao.config.FontFamily;
import org.baocao.render.model.BrandModel;

/**
 * TrueType fonts read once (from the classpath, and the brand's from content/) and parsed once, when a PDF first needs
 * them; safe to share between threads. Each PDF builds its own PDFBox fonts over the shared parsed fonts.
 */
public final class FontSet {

    /** One face of a family; {@code file} is the key for {@link #bytes(String)}. */
    public record Face(String family, int weight, boolean italic, String file) {}

    /** The built-in fonts, read and parsed once per process. */
    private static final class Liberation {
        static final FontSet FONTS = readLiberation();
    }

    private final List<Face> faces;
    private final Map<String, byte[]> data;
    /** By file; {@link #withBrand} shares the built-in faces' entries, so that they are parsed once for all. */
    private final Map<String, ParsedFont> parsed;
    private final String fallbackFamily;
    private final SvgFonts svg = new SvgFonts(this);
    /** What the PDFs' text is drawn with, for {@link PdfCache}: made when first asked for. */
    private volatile byte[] identity;

    private FontSet(List<Face> faces, Map<String, byte[]> data, Map<String, ParsedFont> parsed, String fallbackFamily) {
        this.faces = List.copyOf(faces);
        this.data = Map.copyOf(data);
        Map<String, ParsedFont> all = new LinkedHashMap<>();
        data.forEach((file, bytes) -> {
            ParsedFont shared = parsed.get(file);
            all.put(file, shared != null && shared.ttf == bytes ? shared : new ParsedFont(bytes));
        });
        this.parsed = Map.copyOf(all);
        this.fallbackFamily = fallbackFamily;
    }

    /** "Liberation Sans" and "Liberation Serif", regular/bold/italic/bold italic, from openpdf-fonts-extra. */
    public static FontSet liberation() {
        return Liberation.FONTS;
    }

    private static FontSet readLiberation() {
        List<Face> faces = new ArrayList<>();
        Map<String, byte[]> data = new LinkedHashMap<>();
        for (String name : List.of("Sans", "Serif")) {
            for (String variant : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
                String file = "Liberation" + name + "-" + variant + ".ttf";
                faces.add(new Face("Liberation " + name, variant.startsWith("Bold") ? 700 : 400,
                        variant.endsWith("Italic"), file));
                data.put(file, read("liberation/" + file));
            }
        }
        return new FontSet(faces, data, Map.of(), "Liberation Serif");
    }

    /**
     * These fonts plus the brand's, under the family names {@link BrandModel} gives the templates. The brand's body
     * font becomes the fallback family. The Liberation fonts stay: the charts are laid out with Liberation Sans.
     */
    public FontSet withBrand(Brand brand) {
        if (brand.body().isEmpty() && brand.headings().isEmpty()) return this;
        List<Face> all = new ArrayList<>(faces);
        Map<String, byte[]> allData = new LinkedHashMap<>(data);
        brand.body().ifPresent(family -> add(family, BrandModel.BODY_FAMILY, "body", all, allData));
        brand.headings().ifPresent(family -> add(family, BrandModel.HEADINGS_FAMILY, "headings", all, allData));
        return new FontSet(all, allData, parsed, brand.body().isPresent() ? BrandModel.BODY_FAMILY : fallbackFamily);
    }

    private static void add(FontFamily family, String name, String role, List<Face> faces, Map<String, byte[]> data) {
        family.faces().forEach((face, file) -> {
            String key = BrandModel.fontFile(role, face);
            faces.add(new Face(name, face.weight(), face.italic(), key));
            try {
                data.put(key, Files.readAllBytes(file.file()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font " + file.file(), e);
            }
        });
    }

    private static byte[] read(String resource) {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("font not on classpath: " + resource);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Face> faces() {
        return faces;
    }

    /**
     * A hash of every face: its family, weight and style, and the bytes of a brand's face (its file may change under
     * its name). A built-in face's bytes are baocao's own, which {@link PdfCache}'s key names by the code that runs:
     * hashing them again cost more of the sample's build than any other hash.
     */
    byte[] identity() {
        byte[] known = identity;
        if (known == null) {
            Map<String, byte[]> builtIn = Liberation.FONTS.data;
            MessageDigest sha = Sha256.digest();
            for (Face face : faces) {
                Sha256.update(sha, face.toString());
                byte[] bytes = data.get(face.file());
                if (bytes != builtIn.get(face.file())) sha.update(bytes);
            }
            Sha256.update(sha, fallbackFamily);
            identity = known = sha.digest();
        }
        return known;
    }

    /** Family used for text whose font-family matches no registered font (and for missing glyphs). */
    public String fallbackFamily() {
        return fallbackFamily;
    }

    /** The TTF bytes of a face, e.g. to copy the same fonts to the website. Returns a copy. */
    public byte[] bytes(String fileName) {
        byte[] b = data.get(fileName);
        if (b == null) throw new IllegalArgumentException("no such font: " + fileName);
        return b.clone();
    }

    /** Shared, unmodified bytes for the renderer (avoids a copy per face per render). */
    byte[] rawBytes(String fileName) {
        return data.get(fileName);
    }

    /**
     * Parses every face and makes the faces for SVG text now, e.g. on a core left idle while a build reads the project,
     * instead of in the first PDFs. A face that cannot be parsed is left to the PDF that needs it, which reports it.
     */
    public void prepareForPdfs() {
        for (Face face : faces) {
            try {
                trueType(face.file());
            } catch (UncheckedIOException reportedByThePdf) {
                // the PDF parses it again and says why it cannot
            }
        }
        svg.prepare();
    }

    /** The faces for SVG text, made once for all the PDFs of this set. */
    SvgFonts svg() {
        return svg;
    }

    /**
     * The face parsed by FontBox, the same object for every PDF (parsing the eight built-in faces again for each PDF
     * took about a tenth of its time). GSUB is turned off: with it PDFBox substitutes ligature glyphs (fi, ff) that
     * have no Unicode mapping, so those letters vanish from the text layer and PDF/UA fails.
     */
    TrueTypeFont trueType(String fileName) {
        ParsedFont font = parsed.get(fileName);
        if (font == null) throw new IllegalArgumentException("no such font: " + fileName);
        return font.get();
    }

    /**
     * Parses once, on first use, and reads every table then. FontBox reads a table on first use without a lock, so a
     * font shared by PDFs rendered at once must have them all read before; after that, what PDFBox and openhtmltopdf
     * do with it is reading (the glyph cache and the subsetter's table copies take FontBox's own locks).
     */
    private static final class ParsedFont {
        private final byte[] ttf;
        private volatile TrueTypeFont font;

        ParsedFont(byte[] ttf) {
            this.ttf = ttf;
        }

        TrueTypeFont get() {
            TrueTypeFont result = font;
            if (result == null) {
                synchronized (this) {
                    result = font;
                    if (result == null) font = result = parse(ttf);
                }
            }
            return result;
        }

        private static TrueTypeFont parse(byte[] ttf) {
            try {
                TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
                parsed.setEnableGsub(false);
                parsed.getNaming();
                parsed.getPostScript();
                parsed.getOS2Windows();
                parsed.getMaximumProfile();
                parsed.getHeader();
                parsed.getHorizontalHeader();
                parsed.getHorizontalMetrics();
                parsed.getIndexToLocation();
                parsed.getGlyph();
                parsed.getCmap();
                parsed.getVerticalHeader();
                parsed.getVerticalMetrics();
                parsed.getVerticalOrigin();
                parsed.getKerning();
                parsed.getGsub();
                parsed.getGsubData();
                parsed.getUnicodeCmapLookup();
                parsed.nameToGID(".notdef"); // reads the PostScript names
                return parsed;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse a font", e);
            }
        }
    }
}
