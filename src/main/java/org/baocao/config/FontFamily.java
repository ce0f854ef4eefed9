package org.baocao.config;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A brand font family ({@code brand.fonts.body} or {@code brand.fonts.headings}): one TTF/OTF file per face. The
 * loader fills a face that site.yaml leaves out with the nearest face given (and warns), so the body family always
 * has all four faces and the headings family regular and bold.
 */
public record FontFamily(Map<Face, BrandFile> faces) {

    public FontFamily {
        faces = Collections.unmodifiableMap(new EnumMap<>(faces));
    }

    /** A face of a family, with its key in site.yaml and its CSS weight and style. */
    public enum Face {
        REGULAR("regular", 400, false), BOLD("bold", 700, false), ITALIC("italic", 400, true), BOLD_ITALIC("bold_italic", 700, true);

        private final String key;
        private final int weight;
        private final boolean italic;

        Face(String key, int weight, boolean italic) {
            this.key = key;
            this.weight = weight;
            this.italic = italic;
        }

        public String key() {
            return key;
        }

        public int weight() {
            return weight;
        }

        public boolean italic() {
            return italic;
        }
    }
}
