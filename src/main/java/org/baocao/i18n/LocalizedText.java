package org.baocao.i18n;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A text in every language of the site. Loading fills a missing language with the default language's text
 * (and warns), so rendering never meets a gap.
 */
public record LocalizedText(Map<String, String> values) {

    public LocalizedText {
        values = Map.copyOf(values);
    }

    public static LocalizedText same(String text, Languages languages) {
        Map<String, String> all = new LinkedHashMap<>();
        languages.codes().forEach(code -> all.put(code, text));
        return new LocalizedText(all);
    }

    public String in(String language) {
        String value = values.get(language);
        if (value == null) throw new IllegalStateException("no text for language " + language);
        return value;
    }
}
