package org.baocao.yaml;

import org.baocao.source.Message;
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
    public static MappingReader of(YamlValue value, Object what, Diagnostics diagnostics) {
        if (value instanceof YamlValue.Mapping m) {
            return new MappingReader(m, diagnostics);
        }
        diagnostics.error(value.at(), Message.NOT_A_MAPPING, what, YamlValue.kind(value));
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
            diagnostics.error(mapping.at(), Message.MISSING_KEY, key, example);
            return null;
        }
        return value;
    }

    private boolean misspelt(String key) {
        return mapping.entries().keySet().stream().anyMatch(k -> !k.equals(key) && key.equals(Suggestions.closest(k, Set.of(key))));
    }

    /** Reports unknown keys, with the closest known key as a suggestion. */
    public void rejectUnknownKeys(Object where) {
        for (var entry : mapping.keyAt().entrySet()) {
            String key = entry.getKey();
            if (known.contains(key)) continue;
            String suggestion = Suggestions.closest(key, known);
            diagnostics.error(entry.getValue(), Message.UNKNOWN_KEY.with(key, where),
                    suggestion != null ? Message.HINT_DID_YOU_MEAN_QUOTED.with(suggestion) : Message.HINT_KEYS_ALLOWED.with(known));
        }
    }
}
