package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's copy of site.js made before the search index came in parts is pointed at, not left to find nothing. */
class OutdatedThemeCopiesTest {
    @TempDir
    Path project;

    private List<String> checkWithSiteJs(String script) throws IOException {
        Projects.assemble(null, project);
        Files.createDirectories(project.resolve("templates/assets"));
        Files.writeString(project.resolve("templates/assets/site.js"), script);
        Projects.Run check = Projects.run("check", "--project", project.toString());
        assertEquals(0, check.exitCode(), check.err());
        return check.headlines();
    }

    @Test
    void aCopyReadingTheWholeIndexIsAWarningWhereItReadsIt() throws IOException {
        assertEquals(List.of("templates/assets/site.js:3:24: warning: this copy of site.js reads the search index as one file per language, "
                        + "which baocao no longer writes: the site's search finds nothing"),
                checkWithSiteJs("(function () {\n  'use strict';\n  var indexes = window.baocaoSearchIndex;\n  indexes.vi.pages.map(String);\n})();\n"));
    }

    @Test
    void theThemesOwnScriptAndAScriptWithoutSearchAreQuiet() throws IOException {
        assertEquals(List.of(), checkWithSiteJs(Files.readString(Path.of("templates/assets/site.js"))));
        assertEquals(List.of(), checkWithSiteJs("document.documentElement.classList.add('js');\n"));
    }
}
