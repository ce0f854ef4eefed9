package org.baocao.source;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects every problem of one load or build, so that the user sees them all at once instead of
 * fixing them one run at a time. Thread-safe: languages render in parallel.
 */
public final class Diagnostics {
    /** A set: the same problem found twice (e.g. by check and by render) is listed once, in constant time. */
    private final Set<Diagnostic> items = new LinkedHashSet<>();

    private final long[] counts = new long[Severity.values().length];

    public synchronized void add(Diagnostic diagnostic) {
        if (items.add(diagnostic)) {
            counts[diagnostic.severity().ordinal()]++;
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

    /** Whether an error stands at exactly this place already: a value refused while reading is not refused again. */
    public synchronized boolean hasErrorAt(SourcePosition at) {
        return items.stream().anyMatch(d -> d.isError() && d.file().equals(at.file()) && d.line() == at.line() && d.column() == at.column());
    }

    public synchronized boolean hasErrors() {
        return counts[Severity.ERROR.ordinal()] > 0;
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
        return counts[severity.ordinal()];
    }
}
