package org.baocao.serve;

import java.util.Locale;
import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Severity;

/**
 * What {@code baocao serve} prints. The address comes first, before the first build's problems. After that each
 * rebuild prints its errors and only the warnings that are new since the last build: at every save the unchanged
 * to-do warnings of a report being written would otherwise bury the one line that matters.
 */
public final class Terminal implements Preview.Listener {
    private final Path project;
    private final String exposedAs;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The last build's warnings, without their line numbers: a line added above a warning does not make it new. */
    private Set<WarningKey> lastWarnings;

    /** @param exposedAs the address other computers can reach the preview at, or null when it is this computer's only */
    public Terminal(Path project, String exposedAs, PrintWriter out, PrintWriter err) {
        this.project = project;
        this.exposedAs = exposedAs;
        this.out = out;
        this.err = err;
    }

    @Override
    public synchronized void serving(URI address) {
        out.println(Message.LINE_SERVING.format(project, address));
        if (exposedAs != null) out.println(Message.LINE_SERVE_EXPOSED.format(exposedAs + ":" + address.getPort()));
        out.flush();
    }

    @Override
    public synchronized void firstPagesServed(long millis, int reportsLeft) {
        out.println(Message.LINE_SERVE_FIRST_PAGES.format(millis, Message.count(reportsLeft, Message.COUNT_REPORT, Message.COUNT_REPORTS)));
        out.flush();
    }

    @Override
    public synchronized void rebuilt(boolean succeeded, Diagnostics diagnostics, List<String> changedFiles, long millis) {
        boolean first = lastWarnings == null;
        Set<WarningKey> warnings = new HashSet<>();
        long unchanged = 0;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            if (!diagnostic.isError()) {
                WarningKey key = WarningKey.of(diagnostic);
                warnings.add(key);
                if (!first && lastWarnings.contains(key)) {
                    unchanged++;
                    continue;
                }
            }
            err.print(diagnostic.format());
        }
        lastWarnings = warnings;
        long errors = diagnostics.count(Severity.ERROR);
        if (first && errors + warnings.size() > 0) {
            err.println(Message.LINE_ERRORS_AND_WARNINGS.format(Message.count(errors, Message.COUNT_ERROR, Message.COUNT_ERRORS),
                    Message.count(diagnostics.count(Severity.WARNING), Message.COUNT_WARNING, Message.COUNT_WARNINGS)));
        }
        if (unchanged > 0) err.println(Message.LINE_SERVE_WARNINGS_UNCHANGED.format(Message.count(unchanged, Message.COUNT_WARNING, Message.COUNT_WARNINGS)));
        err.flush();
        if (succeeded) {
            out.println((first ? Message.LINE_SERVE_BUILT : Message.LINE_SERVE_REBUILT).format(millis,
                    Message.count(changedFiles.size(), Message.COUNT_FILE, Message.COUNT_FILES)));
        } else {
            err.println((first ? Message.LINE_SERVE_BUILD_FAILED : Message.LINE_SERVE_REBUILD_FAILED).format());
        }
        out.flush();
        err.flush();
    }

    @Override
    public synchronized void pdfWritten(String path, long millis) {
        out.println(Message.LINE_SERVE_PDF_WRITTEN.format(path, String.format(Locale.ROOT, "%.1f", millis / 1000.0)));
        out.flush();
    }

    @Override
    public synchronized void pdfFailed(String path, Diagnostics diagnostics) {
        for (Diagnostic diagnostic : diagnostics.sorted()) err.print(diagnostic.format());
        err.println(Message.LINE_SERVE_PDF_FAILED.format(path));
        err.flush();
    }

    private record WarningKey(String file, Phrase message, String sourceLine, Phrase hint) {
        static WarningKey of(Diagnostic d) {
            return new WarningKey(d.file(), d.text(), d.sourceLine(), d.hintText());
        }
    }
}
