package org.baocao.i18n;

import java.text.Normalizer;
import java.util.Locale;

/** URL slugs from titles: "Tổ chức bộ máy" becomes "to-chuc-bo-may". */
public final class Slugs {
    private Slugs() {}

    public static String of(String title) {
        String base = foldDiacritics(title).toLowerCase(Locale.ROOT);
        String slug = base.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "section" : slug;
    }

    /** Removes every diacritic; đ/Đ are letters of their own, not marked d's, so they are mapped by hand. */
    public static String foldDiacritics(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return decomposed.replace('đ', 'd').replace('Đ', 'D');
    }
}
