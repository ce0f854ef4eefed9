package org.baocao.render;

import org.baocao.source.Message;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.baocao.content.Project;
import org.baocao.i18n.Language;
import org.baocao.i18n.Messages;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/**
 * Interface strings per language: the theme's i18n/&lt;lang&gt;.yaml, then the project's content/i18n/&lt;lang&gt;.yaml
 * on top. A key that the theme defines in one language and that is missing in another is an error, never an
 * empty string on the page.
 */
public final class MessagesLoader {
    private MessagesLoader() {}

    public static Map<String, Messages> load(Project project, Theme theme, Diagnostics diagnostics) {
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        Set<String> allKeys = new TreeSet<>();
        for (Language language : project.site().languages().all()) {
            Map<String, String> strings = new LinkedHashMap<>(themeStrings(theme, language.code(), diagnostics));
            strings.putAll(project.i18nOverrides().getOrDefault(language.code(), Map.of()));
            byLanguage.put(language.code(), strings);
            allKeys.addAll(strings.keySet());
        }
        Map<String, Messages> result = new LinkedHashMap<>();
        byLanguage.forEach((code, strings) -> {
            Set<String> missing = new TreeSet<>(allKeys);
            missing.removeAll(strings.keySet());
            if (!missing.isEmpty()) {
                diagnostics.error(SourcePosition.wholeFile("content/i18n/" + code + ".yaml"),
                        Message.INTERFACE_STRINGS_MISSING, code, missing, missing.iterator().next());
                missing.forEach(key -> strings.put(key, byLanguage.values().iterator().next().getOrDefault(key, key)));
            }
            result.put(code, new Messages(code, strings));
        });
        return result;
    }

    /**
     * The default theme's strings with the project's copy of the file on top: a copy made from an older baocao still
     * gets the strings added since.
     */
    private static Map<String, String> themeStrings(Theme theme, String code, Diagnostics diagnostics) {
        String path = "i18n/" + code + ".yaml";
        Map<String, String> strings = new LinkedHashMap<>();
        theme.builtInFile(path).ifPresent(bytes -> strings.putAll(strings(bytes, "(built-in theme) " + path, diagnostics)));
        theme.projectFile(path).flatMap(own -> theme.file(path))
                .ifPresent(bytes -> strings.putAll(strings(bytes, "templates/" + path, diagnostics)));
        return strings;
    }

    private static Map<String, String> strings(byte[] bytes, String shown, Diagnostics diagnostics) {
        SourceFile file = new SourceFile(shown, SourceFile.normalize(new String(bytes, StandardCharsets.UTF_8)));
        YamlValue root = new YamlParser(diagnostics).parse(file, file.text(), 1);
        Map<String, String> strings = new LinkedHashMap<>();
        if (root instanceof YamlValue.Mapping mapping) {
            mapping.entries().forEach((key, value) -> {
                if (value instanceof YamlValue.Scalar s && s.value() != null) strings.put(key, String.valueOf(s.value()));
            });
        }
        return strings;
    }
}
