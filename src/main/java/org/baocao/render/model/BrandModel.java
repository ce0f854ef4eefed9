package org.baocao.render.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.baocao.brand.Wcag;
import org.baocao.config.Brand;
import org.baocao.config.BrandColors;
import org.baocao.config.BrandFile;
import org.baocao.config.FontFamily;

/**
 * The brand as the templates see it ({@code brand} in every site and print template): the colours, with the shades
 * the theme derives from them, the logo's path in the output and the brand fonts' faces. A field is null when the
 * brand does not give it, so that the theme keeps its default; {@link #isDefault} when there is no brand at all.
 *
 * @param primary        "#rrggbb": headings, links, cover, key figures
 * @param primaryDark    the primary colour a quarter darker: hover and focus
 * @param accent         "#rrggbb": rules and highlights
 * @param accentText     the accent when it reads as text on white (4.5:1), else the primary colour
 * @param accentOnPrimary the accent when it reads as text on the primary colour, else white
 * @param onAccent       white or near-black, whichever reads better on the accent (buttons)
 * @param logo           the logo's path from the output's root ("media/logo.svg")
 * @param bodyFamily     the CSS font-family name of the body font
 * @param headingsFamily the CSS font-family name of the headings font
 * @param fontFaces      every face of the brand fonts, for @font-face rules
 */
public record BrandModel(boolean isDefault, String primary, String primaryDark, String accent, String accentText,
                         String accentOnPrimary, String onAccent, String logo, String bodyFamily, String headingsFamily,
                         List<FontFace> fontFaces) {

    /** The family names the brand's fonts get in CSS and in the PDF. */
    public static final String BODY_FAMILY = "Brand Body";
    public static final String HEADINGS_FAMILY = "Brand Headings";
    private static final String WHITE = "#ffffff";
    private static final String NEAR_BLACK = "#14233a";

    /**
     * One face of a brand font.
     *
     * @param file the subset font's file name in the site's assets/fonts/ ("body-bold.ttf")
     */
    public record FontFace(String family, int weight, String style, String file) {}

    public static BrandModel of(Brand brand) {
        BrandColors colors = brand.colors();
        String primary = colors.primary().map(BrandColors.Color::hex).orElse(null);
        String accent = colors.accent().map(BrandColors.Color::hex).orElse(null);
        List<FontFace> faces = new ArrayList<>();
        brand.body().ifPresent(family -> faces.addAll(faces(family, BODY_FAMILY, "body")));
        brand.headings().ifPresent(family -> faces.addAll(faces(family, HEADINGS_FAMILY, "headings")));
        return new BrandModel(brand.isDefault(), primary, primary == null ? null : darker(primary), accent,
                accent == null ? null : readable(accent, WHITE, primary),
                accent == null ? null : readable(accent, primary == null ? "#14365d" : primary, WHITE),
                accent == null ? null : Wcag.contrast(accent, WHITE) >= Wcag.contrast(accent, NEAR_BLACK) ? WHITE : NEAR_BLACK,
                brand.logo().map(BrandModel::logoPath).orElse(null),
                brand.body().isPresent() ? BODY_FAMILY : null, brand.headings().isPresent() ? HEADINGS_FAMILY : null,
                List.copyOf(faces));
    }

    /** Where the logo is copied to in the output, from its root. */
    public static String logoPath(BrandFile logo) {
        return "media/logo." + logo.extension();
    }

    /** The file name of a brand face in the site's assets/fonts/ and its key in the PDF's font set. */
    public static String fontFile(String role, FontFamily.Face face) {
        return role + "-" + face.key().replace('_', '-') + ".ttf";
    }

    private static List<FontFace> faces(FontFamily family, String name, String role) {
        return family.faces().keySet().stream()
                .map(face -> new FontFace(name, face.weight(), face.italic() ? "italic" : "normal", fontFile(role, face)))
                .toList();
    }

    /** {@code color} when it reads as text on {@code background}, else {@code fallback}. */
    private static String readable(String color, String background, String fallback) {
        if (Wcag.contrast(color, background) >= Wcag.TEXT_CONTRAST) return color;
        return Optional.ofNullable(fallback).orElse(color);
    }

    private static String darker(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        int r = (rgb >> 16 & 0xff) * 3 / 4;
        int g = (rgb >> 8 & 0xff) * 3 / 4;
        int b = (rgb & 0xff) * 3 / 4;
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
