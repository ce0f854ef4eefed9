package org.baocao.yaml;

import java.util.LinkedHashSet;
import java.util.Set;
import org.baocao.source.Diagnostics;

/**
 * Reads the keys of one configuration mapping by name and, at the end, reports every key nobody asked
 * for: a misspelt "subtitel" must be an error, not silently ignored.
 */
public final class MappingReader {
    private final YamlValue.Mapping mapping;
    private final Diagnostics diagnostics;
    private final Set<String> known = new LinkedHashSet<>();

    private MappingReader(YamlValue.Mapping mapping, Diagnostics diagnostics) {
        this.mapping = mapping;
        this.diagnostics = diagnostics;
    }

    /** Null (with a diagnostic) when the value is not a mapping. */
    public static MappingReader of(YamlValue value, String what, Diagnostics diagnostics) {
        if (value instanceof YamlValue.Mapping m) {
            return new MappingReader(m, diagnostics);
        }
        diagnostics.error(value.at(), what + " must be a mapping of keys and values, found " + YamlValue.kind(value),
                "write it as lines of 'key: value'");
        return null;
    }

    public YamlValue optional(String key) {
        known.add(key);
        return mapping.get(key);
    }

    /** Null (with a diagnostic) when missing. */
    public YamlValue required(String key, String example) {
        YamlValue value = optional(key);
        if (value == null && misspelt(key)) {
            return null; // rejectUnknownKeys reports the misspelt key with this one as the suggestion: one message, not two
        }
        if (value == null || value instanceof YamlValue.Scalar s && s.isNull()) {
            diagnostics.error(mapping.at(), "missing required key '" + key + "'", "add a line such as: " + example);
            return null;
        }
        return value;
    }

    private boolean misspelt(String key) {
        return mapping.entries().keySet().stream().anyMatch(k -> !k.equals(key) && key.equals(Suggestions.closest(k, Set.of(key))));
    }

    /** Reports unknown keys, with the closest known key as a suggestion. */
    public void rejectUnknownKeys(String where) {
        for (var entry : mapping.keyAt().entrySet()) {
            String key = entry.getKey();
            if (known.contains(key)) continue;
            String suggestion = Suggestions.closest(key, known);
            diagnostics.error(entry.getValue(), "unknown key '" + key + "' in " + where,
                    suggestion != null ? "did you mean '" + suggestion + "'?" : "the keys allowed here are: " + String.join(", ", known));
        }
    }
}
