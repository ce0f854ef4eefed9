package org.baocao.brand;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.baocao.config.Brand;
import org.baocao.config.BrandColors;
import org.baocao.config.BrandFile;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;

/**
 * What a designer's brand needs checked against the content: every letter the content uses is in every brand font
 * (else the PDF would print an empty box), and the primary colour reads as text on white, where the theme uses it for
 * headings, links and key figures and, the other way round, for white text on the cover and the site's header.
 */
public final class BrandChecks {
    private static final String WHITE = "#ffffff";
    /** Letters listed in one message; the rest are counted. */
    private static final int LISTED = 8;

    private BrandChecks() {}

    public static void check(Path projectRoot, Brand brand, Diagnostics diagnostics) {
        brand.colors().primary().ifPresent(primary -> checkContrast(primary, diagnostics));
        List<BrandFile> fonts = fonts(brand);
        if (fonts.isEmpty()) return;
        Map<Integer, SourcePosition> used = lettersUsed(projectRoot);
        for (BrandFile font : fonts) checkCoverage(font, used, diagnostics);
    }

    private static void checkContrast(BrandColors.Color primary, Diagnostics diagnostics) {
        double ratio = Wcag.contrast(primary.hex(), WHITE);
        if (ratio >= Wcag.TEXT_CONTRAST) return;
        diagnostics.warning(primary.at(), Message.BRAND_CONTRAST_LOW, primary.hex(), WHITE,
                String.format(Locale.ROOT, "%.1f", Math.floor(ratio * 10) / 10));
    }

    /** Each font file once, in the order site.yaml names them. */
    private static List<BrandFile> fonts(Brand brand) {
        Map<String, BrandFile> files = new LinkedHashMap<>();
        Stream.of(brand.body(), brand.headings()).flatMap(Optional::stream)
                .flatMap(family -> family.faces().values().stream())
                .forEach(file -> files.putIfAbsent(file.path(), file));
        return List.copyOf(files.values());
    }

    private static void checkCoverage(BrandFile font, Map<Integer, SourcePosition> used, Diagnostics diagnostics) {
        List<Integer> missing = new ArrayList<>();
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font.file())))) {
            CmapLookup cmap = parsed.getUnicodeCmapLookup(false);
            if (cmap == null) throw new IOException("it has no Unicode character map");
            for (int codePoint : used.keySet()) {
                if (cmap.getGlyphId(codePoint) == 0) missing.add(codePoint);
            }
        } catch (IOException | RuntimeException e) {
            diagnostics.error(font.at(), Message.FONT_UNREADABLE, font.path(), String.valueOf(e.getMessage()));
            return;
        }
        if (missing.isEmpty()) return;
        List<String> letters = new ArrayList<>();
        for (int codePoint : missing.subList(0, Math.min(LISTED, missing.size()))) {
            SourcePosition at = used.get(codePoint);
            letters.add(String.format(Locale.ROOT, "'%s' (U+%04X, %s:%d:%d)",
                    Character.toString(codePoint), codePoint, at.file(), at.line(), at.column()));
        }
        String more = missing.size() > LISTED ? ", … (+" + (missing.size() - LISTED) + ")" : "";
        diagnostics.error(font.at(), Message.FONT_LACKS_LETTERS, font.path(), String.join(", ", letters) + more);
    }

    /** Every visible character of the content's Markdown and YAML files, with the first place it is used. */
    static Map<Integer, SourcePosition> lettersUsed(Path projectRoot) {
        Path content = projectRoot.resolve("content");
        Map<Integer, SourcePosition> used = new TreeMap<>();
        if (!Files.isDirectory(content)) return used;
        try (Stream<Path> paths = Files.walk(content)) {
            for (Path file : paths.filter(Files::isRegularFile).filter(BrandChecks::isText).sorted().toList()) {
                String path = projectRoot.relativize(file).toString().replace('\\', '/');
                String text = Normalizer.normalize(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Normalizer.Form.NFC);
                String[] lines = text.split("\r\n|\r|\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    String line = lines[i];
                    for (int column = 0; column < line.length(); column += Character.charCount(line.codePointAt(column))) {
                        int codePoint = line.codePointAt(column);
                        if (visible(codePoint) && !used.containsKey(codePoint)) {
                            used.put(codePoint, new SourcePosition(path, i + 1, column + 1, line));
                        }
                    }
                }
            }
        } catch (IOException e) {
            // The loader reports unreadable files with their path.
        }
        return used;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".md") || name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /** Characters a font must draw: not spaces, controls, byte order marks or zero-width formatting. */
    private static boolean visible(int codePoint) {
        int type = Character.getType(codePoint);
        return !Character.isWhitespace(codePoint) && type != Character.CONTROL && type != Character.FORMAT
                && type != Character.SPACE_SEPARATOR && type != Character.UNASSIGNED;
    }
}
