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

    public void error(SourcePosition at, String message, String hint) {
        add(Diagnostic.error(at, message, hint));
    }

    public void warning(SourcePosition at, String message, String hint) {
        add(Diagnostic.warning(at, message, hint));
    }

    /** Whether an error stands at exactly this place already: a value refused while reading is not refused again. */
    public synchronized boolean hasErrorAt(SourcePosition at) {
        return items.stream().anyMatch(d -> d.isError() && d.file().equals(at.file()) && d.line() == at.line() && d.column() == at.column());
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
