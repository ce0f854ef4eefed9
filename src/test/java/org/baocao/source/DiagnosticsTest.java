package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

    @Test
    void aProblemFoundTwiceIsListedOnce() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new SourcePosition("content/a.md", 3, 1, ""), Message.FIGURE_TYPED, "152730");
        diagnostics.warning(new SourcePosition("content/a.md", 3, 1, ""), Message.FIGURE_TYPED, "152730");
        diagnostics.error(new SourcePosition("content/a.md", 1, 1, ""), Message.NO_REPORT);
        assertEquals(2, diagnostics.sorted().size());
        assertEquals(1, diagnostics.count(Severity.WARNING));
        assertEquals(1, diagnostics.count(Severity.ERROR));
        assertTrue(diagnostics.failed(false));
    }

    @Test
    void warningsFailOnlyAStrictRun() {
        Diagnostics diagnostics = new Diagnostics();
        diagnostics.warning(new SourcePosition("content/a.md", 1, 1, ""), Message.TRANSLATION_OUTDATED, "vi/01.md", "", "en/01.md");
        assertFalse(diagnostics.failed(false));
        assertTrue(diagnostics.failed(true));
    }

    /** Collecting was quadratic (a list searched on every add): 100,000 warnings took many minutes; now well under a second. The bound is loose so that a busy machine cannot fail it. */
    @Test
    void aHundredThousandWarningsAreCollectedInLinearTime() {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            Diagnostics diagnostics = new Diagnostics();
            for (int round = 0; round < 2; round++) {
                for (int i = 1; i <= 100_000; i++) {
                    diagnostics.warning(new SourcePosition("content/a.md", i, 1, ""), Message.FIGURE_TYPED, "152730");
                    assertFalse(diagnostics.hasErrors());
                }
            }
            assertEquals(100_000, diagnostics.count(Severity.WARNING));
            assertEquals(100_000, diagnostics.sorted().size());
        });
    }
}
