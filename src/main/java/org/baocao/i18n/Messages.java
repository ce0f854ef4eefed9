package org.baocao.i18n;

import java.util.Map;

/** The interface strings of one language ("Mục lục" / "Contents"): the theme's, overridden by the project's. */
public record Messages(String language, Map<String, String> strings) {

    public Messages {
        strings = Map.copyOf(strings);
    }

    public String get(String key) {
        String value = strings.get(key);
        if (value == null) throw new IllegalStateException("interface string '" + key + "' missing for " + language);
        return value;
    }
}
