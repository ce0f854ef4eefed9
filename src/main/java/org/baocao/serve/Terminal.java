package org.baocao.serve;

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
        out.println("serving " + project + " at " + address + "  (Ctrl-C to stop)");
        if (exposedAs != null) out.println("warning: other computers can see this preview at " + exposedAs + ":" + address.getPort());
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
            err.println(plural(errors, "error") + ", " + plural(diagnostics.count(Severity.WARNING), "warning"));
        }
        if (unchanged > 0) err.println("+ " + plural(unchanged, "warning") + " unchanged since the last build: baocao check lists them");
        err.flush();
        if (succeeded) {
            out.println((first ? "built in " : "rebuilt in ") + millis + " ms: " + plural(changedFiles.size(), "file") + " changed");
        } else {
            err.println((first ? "build" : "rebuild") + " failed: the browser shows the errors" + (first ? "" : " over the last good pages"));
        }
        out.flush();
        err.flush();
    }

    @Override
    public synchronized void pdfWritten(String path, long millis) {
        out.println("PDF " + path + " written in " + String.format("%.1f", millis / 1000.0) + " s");
        out.flush();
    }

    @Override
    public synchronized void pdfFailed(String path, Diagnostics diagnostics) {
        for (Diagnostic diagnostic : diagnostics.sorted()) err.print(diagnostic.format());
        err.println("PDF " + path + " could not be made");
        err.flush();
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private record WarningKey(String file, String message, String sourceLine, String hint) {
        static WarningKey of(Diagnostic d) {
            return new WarningKey(d.file(), d.message(), d.sourceLine(), d.hint());
        }
    }
}
