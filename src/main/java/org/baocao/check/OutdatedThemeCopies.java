package org.baocao.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.baocao.render.Theme;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourceFile;

/**
 * A project's copy of a theme file made for what an earlier baocao wrote. A copy of {@code assets/site.js} from
 * before the search index came in parts (a list of reports per language, a part per report) reads the pages from
 * the list, which has none: the site's search would find nothing, and say nothing about why.
 */
final class OutdatedThemeCopies {
    private static final String SCRIPT = "assets/site.js";
    /** Larger than any search script: a file this large is no copy of the theme's and is not read. */
    private static final long LARGEST_SCRIPT = 1024 * 1024;

    private OutdatedThemeCopies() {}

    static void check(Theme theme, Diagnostics diagnostics) {
        theme.projectFile(SCRIPT).ifPresent(file -> checkSearchScript(file, diagnostics));
    }

    private static void checkSearchScript(Path file, Diagnostics diagnostics) {
        String text;
        try {
            if (Files.size(file) > LARGEST_SCRIPT) return;
            text = Files.readString(file);
        } catch (IOException e) {
            return; // the site's writing reports a copy it cannot read
        }
        int index = text.indexOf("baocaoSearchIndex");
        if (index < 0 || text.contains("baocaoSearchParts")) return;
        diagnostics.warning(new SourceFile("templates/" + SCRIPT, text).positionAt(index), Message.THEME_SEARCH_SCRIPT_OUTDATED);
    }
}
