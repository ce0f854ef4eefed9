package org.baocao.i18n;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostics;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/** Reads localized texts: {@code {vi: ..., en: ...}} or a plain text that is the same in every language. */
public final class LocalizedTexts {
    /** A key that is meant as a language code: two or three small letters, perhaps with a region (pt-BR). */
    private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}(-[A-Za-z]{2,4})?");
    /** Country codes that people write for a language: Việt Nam is VN, its language vi. */
    private static final Map<String, String> COUNTRY_CODES = Map.of("vn", "vi", "uk", "en", "gb", "en", "us", "en");

    private final Languages languages;
    private final Diagnostics diagnostics;

    public LocalizedTexts(Languages languages, Diagnostics diagnostics) {
        this.languages = languages;
        this.diagnostics = diagnostics;
    }

    /** A mapping whose keys are all language codes of the site. */
    public boolean isLocalized(YamlValue value) {
        return value instanceof YamlValue.Mapping m && !m.entries().isEmpty()
                && m.entries().keySet().stream().allMatch(languages::contains);
    }

    /** Null (with a diagnostic) when the value is neither a text nor a localized text. */
    /** @param what the text's name in messages: a key as written ("title") or a catalog word ({@link Message#WORD_CHART_TITLE}) */
    public LocalizedText read(YamlValue value, Object what) {
        if (value instanceof YamlValue.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return LocalizedText.same(String.valueOf(s.value()), languages);
        }
        if (isLocalized(value)) {
            return readLocalized((YamlValue.Mapping) value, what);
        }
        if (value instanceof YamlValue.Mapping mapping && reportMisspeltLanguages(mapping)) {
            return null;
        }
        diagnostics.error(value.at(), Message.LOCALIZED_NOT_TEXT, what, YamlValue.kind(value), String.join(": ..., ", languages.codes()));
        return null;
    }

    /**
     * Whether the mapping is meant as a text per language but has a key that is no language of the site, which is then
     * reported: an unquoted comma that ended a text ({@code {vi: Sản lượng, theo cây trồng, en: ...}} reads
     * "theo cây trồng" as a key without a value) or a misspelt language code ({@code vn}).
     */
    public boolean reportMisspeltLanguages(YamlValue.Mapping mapping) {
        if (mapping.entries().keySet().stream().noneMatch(languages::contains)) return false;
        List<String> strays = new ArrayList<>();
        List<String> unknownCodes = new ArrayList<>();
        for (var entry : mapping.entries().entrySet()) {
            String key = entry.getKey();
            if (languages.contains(key)) continue;
            if (entry.getValue() instanceof YamlValue.Scalar s && s.isNull()) strays.add(key);
            else if (LANGUAGE_CODE.matcher(key).matches()) unknownCodes.add(key);
            else return false; // a mapping of other things that happens to have a key like a language code
        }
        for (String stray : strays) {
            diagnostics.error(mapping.keyAt().get(stray), Message.LOCALIZED_COMMA, stray, quotedExample(mapping, stray));
        }
        for (String code : unknownCodes) {
            // Every two-letter code is two edits from any other: only one edit away is a likely typo.
            String suggestion = COUNTRY_CODES.containsKey(code) && languages.contains(COUNTRY_CODES.get(code))
                    ? COUNTRY_CODES.get(code)
                    : languages.codes().stream().filter(c -> Suggestions.distance(code, c) == 1).findFirst().orElse(null);
            diagnostics.error(mapping.keyAt().get(code), Message.LOCALIZED_UNKNOWN_LANGUAGE.with(code, languages.codes()),
                    suggestion != null ? Message.HINT_DID_YOU_MEAN_QUOTED.with(suggestion) : null);
        }
        return true;
    }

    /** {vi: "Sản lượng, theo cây trồng", en: ...}: the text that {@code stray} was cut from, joined again and quoted. */
    private String quotedExample(YamlValue.Mapping mapping, String stray) {
        Map<String, StringBuilder> texts = new LinkedHashMap<>();
        String owner = null;
        String strayOwner = null;
        for (var entry : mapping.entries().entrySet()) {
            String key = entry.getKey();
            boolean isStray = !languages.contains(key) && entry.getValue() instanceof YamlValue.Scalar s && s.isNull();
            if (isStray && owner != null) {
                texts.get(owner).append(", ").append(key);
                if (key.equals(stray)) strayOwner = owner;
            } else if (!isStray) {
                owner = key;
                texts.put(key, new StringBuilder(entry.getValue() instanceof YamlValue.Scalar s && s.value() != null
                        ? String.valueOf(s.value()) : "..."));
            }
        }
        List<String> parts = new ArrayList<>();
        for (var text : texts.entrySet()) {
            parts.add(text.getKey() + ": " + (text.getKey().equals(strayOwner) ? "\"" + text.getValue() + "\"" : "..."));
        }
        return "{" + String.join(", ", parts) + "}";
    }

    private LocalizedText readLocalized(YamlValue.Mapping mapping, Object what) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : mapping.entries().entrySet()) {
            if (entry.getValue() instanceof YamlValue.Scalar s && s.value() != null) {
                values.put(entry.getKey(), String.valueOf(s.value()));
            } else {
                diagnostics.error(entry.getValue().at(), Message.LOCALIZED_NOT_TEXT_IN, what, entry.getKey());
            }
        }
        String fallbackCode = languages.defaultLanguage().code();
        for (String code : languages.codes()) {
            if (values.containsKey(code)) continue;
            String fallback = values.getOrDefault(fallbackCode, values.values().stream().findFirst().orElse(""));
            diagnostics.warning(mapping.at(), Message.LOCALIZED_MISSING_LANGUAGE, what, code,
                    values.containsKey(fallbackCode) ? "'" + fallbackCode + "'" : Message.WORD_FIRST);
            values.put(code, fallback);
        }
        return new LocalizedText(values);
    }
}
