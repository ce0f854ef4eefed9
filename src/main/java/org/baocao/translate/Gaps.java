package org.baocao.translate;

import org.baocao.source.Message;
import java.util.List;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;

/**
 * The translation gaps outside the sections that loading the project reports: localized YAML texts that lack a
 * language, and interface strings missing in a language.
 */
public final class Gaps {
    private Gaps() {}

    public static List<Diagnostic> localizedTexts(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> d.code() == Message.LOCALIZED_MISSING_LANGUAGE).toList();
    }

    public static List<Diagnostic> interfaceStrings(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> d.code() == Message.INTERFACE_STRINGS_MISSING).toList();
    }
}
