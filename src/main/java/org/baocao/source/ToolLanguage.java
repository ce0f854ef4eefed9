package org.baocao.source;

import java.util.Locale;
import java.util.Map;

/**
 * The language baocao itself speaks in (messages, hints, help, the preview's overlay), not the languages of a report:
 * {@code BAOCAO_LANG=vi|en}, else the system language (LC_ALL, LC_MESSAGES, LANG, then Java's default locale),
 * Vietnamese for vi and English otherwise.
 */
public enum ToolLanguage {
    EN, VI;

    private static final ToolLanguage CURRENT = resolve(System.getenv(), Locale.getDefault());

    /** Decided once per run, from the environment of the process. */
    public static ToolLanguage current() {
        return CURRENT;
    }

    static ToolLanguage resolve(Map<String, String> environment, Locale systemLocale) {
        String chosen = environment.get("BAOCAO_LANG");
        if (chosen != null && !chosen.isBlank()) return of(chosen);
        for (String variable : new String[] {"LC_ALL", "LC_MESSAGES", "LANG"}) {
            String value = environment.get(variable);
            // POSIX: the first of these that is set and not empty decides; "C" and "POSIX" mean no language.
            if (value != null && !value.isBlank()) return of(value);
        }
        return of(systemLocale.getLanguage());
    }

    /** "vi", "vi_VN.UTF-8", "vi-VN" are Vietnamese; anything else is English. */
    static ToolLanguage of(String setting) {
        return setting.strip().toLowerCase(Locale.ROOT).matches("vi([_.@-].*)?") ? VI : EN;
    }

    public Locale locale() {
        return this == VI ? Locale.forLanguageTag("vi-VN") : Locale.ENGLISH;
    }
}
