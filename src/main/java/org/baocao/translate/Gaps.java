package org.baocao.translate;

import java.util.List;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;

/**
 * The translation gaps outside the sections that loading the project reports: localized YAML texts that lack a
 * language, and interface strings missing in a language.
 */
public final class Gaps {
    private static final Pattern MISSING_TEXT = Pattern.compile(".* has no '[^']+' text; .*");
    private static final Pattern MISSING_STRINGS = Pattern.compile("interface strings missing in '[^']+': .*");

    private Gaps() {}

    public static List<Diagnostic> localizedTexts(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> MISSING_TEXT.matcher(d.message()).matches()).toList();
    }

    public static List<Diagnostic> interfaceStrings(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> MISSING_STRINGS.matcher(d.message()).matches()).toList();
    }
}
