package org.baocao.config;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.baocao.config.FontFamily.Face;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.yaml.MappingReader;
import org.baocao.yaml.YamlValue;

/** Reads the {@code brand:} block of site.yaml and checks that its files exist inside content/ in the right format. */
final class BrandReader {
    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    /** For each face, the faces that stand in for it when it is missing, nearest first: the style before the weight. */
    private static final Map<Face, List<Face>> NEAREST = Map.of(
            Face.REGULAR, List.of(Face.BOLD, Face.ITALIC, Face.BOLD_ITALIC),
            Face.BOLD, List.of(Face.REGULAR, Face.BOLD_ITALIC, Face.ITALIC),
            Face.ITALIC, List.of(Face.REGULAR, Face.BOLD_ITALIC, Face.BOLD),
            Face.BOLD_ITALIC, List.of(Face.BOLD, Face.ITALIC, Face.REGULAR));

    private final Diagnostics diagnostics;
    private final Path contentFolder;

    BrandReader(Diagnostics diagnostics, Path contentFolder) {
        this.diagnostics = diagnostics;
        this.contentFolder = contentFolder;
    }

    Brand read(YamlValue value) {
        if (value == null) return Brand.NONE;
        MappingReader brand = MappingReader.of(value, "brand", diagnostics);
        if (brand == null) return Brand.NONE;
        Optional<BrandFile> logo = Optional.ofNullable(brand.optional("logo")).map(this::logo);
        BrandColors colors = colors(brand.optional("colors"));
        Optional<FontFamily> body = Optional.empty();
        Optional<FontFamily> headings = Optional.empty();
        YamlValue fontsValue = brand.optional("fonts");
        if (fontsValue != null) {
            MappingReader fonts = MappingReader.of(fontsValue, "brand fonts", diagnostics);
            if (fonts != null) {
                body = family(fonts.optional("body"), "body", Set.of(Face.values()));
                headings = family(fonts.optional("headings"), "headings", Set.of(Face.REGULAR, Face.BOLD));
                fonts.rejectUnknownKeys("brand fonts");
            }
        }
        brand.rejectUnknownKeys("brand");
        return new Brand(logo, colors, body, headings);
    }

    private BrandFile logo(YamlValue value) {
        BrandFile file = file(value, "logo");
        if (file == null) return null;
        String extension = file.extension();
        if (!extension.equals("svg") && !extension.equals("png")) {
            diagnostics.error(value.at(), Message.LOGO_FORMAT, file.path());
            return null;
        }
        byte[] head = head(file.file(), 4096);
        boolean ok = extension.equals("png")
                ? head.length >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G'
                : new String(head, StandardCharsets.UTF_8).contains("<svg");
        if (!ok) {
            diagnostics.error(value.at(), Message.LOGO_CONTENT, file.path(), extension.toUpperCase(Locale.ROOT));
            return null;
        }
        return file;
    }

    private BrandColors colors(YamlValue value) {
        if (value == null) return BrandColors.NONE;
        MappingReader colors = MappingReader.of(value, "brand colors", diagnostics);
        if (colors == null) return BrandColors.NONE;
        Optional<BrandColors.Color> primary = Optional.ofNullable(colors.optional("primary")).map(v -> color(v, "primary"));
        Optional<BrandColors.Color> accent = Optional.ofNullable(colors.optional("accent")).map(v -> color(v, "accent"));
        List<BrandColors.Color> charts = new ArrayList<>();
        YamlValue chartsValue = colors.optional("charts");
        if (chartsValue instanceof YamlValue.Sequence list && !list.items().isEmpty()) {
            for (YamlValue item : list.items()) {
                BrandColors.Color color = color(item, "a chart colour");
                if (color != null) charts.add(color);
            }
        } else if (chartsValue != null) {
            diagnostics.error(chartsValue.at(), Message.CHART_COLORS_NOT_LIST, YamlValue.kind(chartsValue));
        }
        colors.rejectUnknownKeys("brand colors");
        return new BrandColors(primary, accent, charts);
    }

    private BrandColors.Color color(YamlValue value, String what) {
        if (value instanceof YamlValue.Scalar s && s.value() instanceof String text && HEX_COLOR.matcher(text).matches()) {
            return new BrandColors.Color(text.toLowerCase(Locale.ROOT), value.at());
        }
        Object found = value instanceof YamlValue.Scalar s && s.value() instanceof String text ? "'" + text + "'" : YamlValue.kind(value);
        diagnostics.error(value.at(), Message.BRAND_COLOR_INVALID, what, found);
        return null;
    }

    private Optional<FontFamily> family(YamlValue value, String name, Set<Face> allowed) {
        if (value == null) return Optional.empty();
        MappingReader family = MappingReader.of(value, "the " + name + " font", diagnostics);
        if (family == null) return Optional.empty();
        Map<Face, BrandFile> given = new EnumMap<>(Face.class);
        boolean named = false;
        for (Face face : Face.values()) {
            if (!allowed.contains(face)) continue;
            YamlValue file = family.optional(face.key());
            if (file == null) continue;
            named = true;
            BrandFile font = font(file);
            if (font != null) given.put(face, font);
        }
        family.rejectUnknownKeys("the " + name + " font");
        if (!named) {
            diagnostics.error(value.at(), Message.FONT_NAMES_NO_FILE, name);
            return Optional.empty();
        }
        if (given.isEmpty()) return Optional.empty(); // each file's error is reported
        Map<Face, BrandFile> faces = new EnumMap<>(given);
        for (Face face : allowed.stream().sorted().toList()) {
            if (given.containsKey(face)) continue;
            BrandFile nearest = NEAREST.get(face).stream().filter(given::containsKey).findFirst().map(given::get).orElseThrow();
            faces.put(face, nearest);
            diagnostics.warning(value.at(), Message.FONT_FACE_MISSING, name, face.key(), face.key().replace('_', ' '), nearest.path());
        }
        return Optional.of(new FontFamily(faces));
    }

    private BrandFile font(YamlValue value) {
        BrandFile file = file(value, "font");
        if (file == null) return null;
        String extension = file.extension();
        if (!extension.equals("ttf") && !extension.equals("otf")) {
            diagnostics.error(value.at(), Message.FONT_FORMAT, file.path());
            return null;
        }
        byte[] head = head(file.file(), 4);
        String tag = new String(head, StandardCharsets.ISO_8859_1);
        if (tag.equals("OTTO")) {
            diagnostics.error(value.at(), Message.FONT_CFF, file.path());
            return null;
        }
        if (!tag.equals("\0\1\0\0") && !tag.equals("true")) {
            diagnostics.error(value.at(), Message.FONT_NOT_TRUETYPE, file.path());
            return null;
        }
        return file;
    }

    /** The file a path names, when it exists inside content/; null with an error otherwise. */
    private BrandFile file(YamlValue value, String what) {
        String path = SiteConfigLoader.readText(value, what, null, diagnostics);
        if (path == null) return null;
        Path file = contentFolder.resolve(path).normalize();
        if (!file.startsWith(contentFolder) || Path.of(path).isAbsolute()) {
            diagnostics.error(value.at(), Message.BRAND_FILE_OUTSIDE, what, path, what.equals("logo") ? "media/" : "fonts/");
            return null;
        }
        if (!Files.isRegularFile(file)) {
            diagnostics.error(value.at(), Message.BRAND_FILE_MISSING, what, path);
            return null;
        }
        return new BrandFile(path, file, value.at());
    }

    private static byte[] head(Path file, int length) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(length);
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
