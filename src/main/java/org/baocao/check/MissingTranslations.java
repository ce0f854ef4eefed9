package org.baocao.check;

import org.baocao.source.Message;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baocao.content.Narrative;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.i18n.Languages;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/** A section written in some languages only: never silently left out, always said. */
public final class MissingTranslations {
    private MissingTranslations() {}

    /** @param projectRoot to tell a missing file from one that exists but has errors (reported on their own) */
    public static void check(Path projectRoot, Report report, Languages languages, Diagnostics diagnostics) {
        for (Section section : report.sections()) {
            Narrative existing = section.in(languages.defaultLanguage().code())
                    .orElseGet(() -> section.narratives().values().iterator().next());
            for (Language language : languages.all()) {
                if (section.narratives().containsKey(language.code())) continue;
                String missing = existing.file().path().replaceFirst("/" + existing.language() + "/([^/]+)$", "/" + language.code() + "/$1");
                if (Files.exists(projectRoot.resolve(missing))) continue;
                diagnostics.warning(SourcePosition.of(existing.file(), 1, 1),
                        Message.SECTION_UNTRANSLATED, language.name(), language.code(), missing,
                        language.equals(languages.defaultLanguage()) ? "" : Message.WORD_TRANSLATIONS_LISTS_ALL);
            }
        }
    }
}
