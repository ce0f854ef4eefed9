package org.baocao.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import org.baocao.source.Diagnostics;
import org.baocao.yaml.YamlValue;

/** Reads localized texts: {@code {vi: ..., en: ...}} or a plain text that is the same in every language. */
public final class LocalizedTexts {
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
    public LocalizedText read(YamlValue value, String what) {
        if (value instanceof YamlValue.Scalar s && s.value() != null && !(s.value() instanceof Boolean)) {
            return LocalizedText.same(String.valueOf(s.value()), languages);
        }
        if (isLocalized(value)) {
            return readLocalized((YamlValue.Mapping) value, what);
        }
        diagnostics.error(value.at(), what + " must be a text or a text per language, found " + YamlValue.kind(value),
                "write it as {" + String.join(": ..., ", languages.codes()) + ": ...}");
        return null;
    }

    private LocalizedText readLocalized(YamlValue.Mapping mapping, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        for (var entry : mapping.entries().entrySet()) {
            if (entry.getValue() instanceof YamlValue.Scalar s && s.value() != null) {
                values.put(entry.getKey(), String.valueOf(s.value()));
            } else {
                diagnostics.error(entry.getValue().at(), what + " in '" + entry.getKey() + "' must be a text",
                        "write the text after '" + entry.getKey() + ": '");
            }
        }
        String fallbackCode = languages.defaultLanguage().code();
        for (String code : languages.codes()) {
            if (values.containsKey(code)) continue;
            String fallback = values.getOrDefault(fallbackCode, values.values().stream().findFirst().orElse(""));
            diagnostics.warning(mapping.at(), what + " has no '" + code + "' text; the "
                            + (values.containsKey(fallbackCode) ? "'" + fallbackCode + "'" : "first") + " text is used instead",
                    "add " + code + ": ... to the mapping");
            values.put(code, fallback);
        }
        return new LocalizedText(values);
    }
}
