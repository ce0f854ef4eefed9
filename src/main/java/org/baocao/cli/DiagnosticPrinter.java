package org.baocao.cli;

import java.io.PrintWriter;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Severity;

/** Prints diagnostics the way compilers do, sorted by file, then a count. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    /** @param strict warnings are printed as errors */
    static void print(Diagnostics diagnostics, boolean strict, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            err.print((strict ? diagnostic.asError() : diagnostic).format());
        }
        long errors = diagnostics.count(Severity.ERROR) + (strict ? diagnostics.count(Severity.WARNING) : 0);
        long warnings = strict ? 0 : diagnostics.count(Severity.WARNING);
        if (errors + warnings > 0) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
        }
        err.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
