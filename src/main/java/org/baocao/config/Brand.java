package org.baocao.config;

import java.util.Optional;

/**
 * The {@code brand:} block of site.yaml: the organisation's logo, colours and fonts. Every part is optional; what is
 * not given keeps the theme's default look.
 */
public record Brand(Optional<BrandFile> logo, BrandColors colors, Optional<FontFamily> body, Optional<FontFamily> headings) {

    public static final Brand NONE = new Brand(Optional.empty(), BrandColors.NONE, Optional.empty(), Optional.empty());

    /** No brand given: the theme's default look. */
    public boolean isDefault() {
        return equals(NONE);
    }
}
