package org.baocao.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baocao.config.Brand;
import org.baocao.config.FontFamily;
import org.baocao.render.model.BrandModel;

/**
 * TrueType fonts read once (from the classpath, and the brand's from content/), immutable and so safe to share between
 * threads. Each render builds its own PDFBox fonts from these bytes.
 */
public final class FontSet {

    /** One face of a family; {@code file} is the key for {@link #bytes(String)}. */
    public record Face(String family, int weight, boolean italic, String file) {}

    private final List<Face> faces;
    private final Map<String, byte[]> data;
    private final String fallbackFamily;

    private FontSet(List<Face> faces, Map<String, byte[]> data, String fallbackFamily) {
        this.faces = List.copyOf(faces);
        this.data = Map.copyOf(data);
        this.fallbackFamily = fallbackFamily;
    }

    /** "Liberation Sans" and "Liberation Serif", regular/bold/italic/bold italic, from openpdf-fonts-extra. */
    public static FontSet liberation() {
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
        return new FontSet(faces, data, "Liberation Serif");
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
        return new FontSet(all, allData, brand.body().isPresent() ? BrandModel.BODY_FAMILY : fallbackFamily);
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
}
