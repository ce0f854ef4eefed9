package org.baocao.source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects every problem of one load or build, so that the user sees them all at once instead of
 * fixing them one run at a time. Thread-safe: languages render in parallel.
 */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public synchronized void add(Diagnostic diagnostic) {
        if (!items.contains(diagnostic)) {
            items.add(diagnostic);
        }
    }

    /** An error with the entry's own hint; {@code args} fill both its message and its hint. */
    public void error(SourcePosition at, Message problem, Object... args) {
        add(Diagnostic.error(at, problem.with(args), null));
    }

    /** An error whose hint is another catalog entry (e.g. "did you mean …?"), chosen by the caller. */
    public void error(SourcePosition at, Phrase problem, Phrase hint) {
        add(Diagnostic.error(at, problem, hint));
    }

    public void warning(SourcePosition at, Message problem, Object... args) {
        add(Diagnostic.warning(at, problem.with(args), null));
    }

    public void warning(SourcePosition at, Phrase problem, Phrase hint) {
        add(Diagnostic.warning(at, problem, hint));
    }

    public synchronized boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether a check or build fails: on any error, and with {@code strict} (warnings count as errors) on any warning. */
    public synchronized boolean failed(boolean strict) {
        return hasErrors() || strict && count(Severity.WARNING) > 0;
    }

    /** Sorted by file, then position, as the user reads them. */
    public synchronized List<Diagnostic> sorted() {
        return items.stream()
                .sorted(Comparator.comparing(Diagnostic::file)
                        .thenComparingInt(Diagnostic::line)
                        .thenComparingInt(Diagnostic::column))
                .toList();
    }

    public synchronized long count(Severity severity) {
        return items.stream().filter(d -> d.severity() == severity).count();
    }
}
