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

    /**
     * One JSON object: {"errors": n, "warnings": n, "diagnostics": [{"file", "line", "column", "severity", "message",
     * "source", "hint"}]}, sorted as the text output.
     */
    static String json(Diagnostics diagnostics, boolean strict) {
        StringBuilder out = new StringBuilder("{\"diagnostics\": [");
        String separator = "";
        for (Diagnostic found : diagnostics.sorted()) {
            Diagnostic d = strict ? found.asError() : found;
            out.append(separator).append("\n  {\"file\": ").append(quote(d.file()))
                    .append(", \"line\": ").append(d.line()).append(", \"column\": ").append(d.column())
                    .append(", \"severity\": ").append(quote(d.severity().label()))
                    .append(", \"message\": ").append(quote(d.message()))
                    .append(", \"source\": ").append(quote(d.sourceLine() == null ? "" : d.sourceLine()))
                    .append(", \"hint\": ").append(quote(d.hint() == null ? "" : d.hint())).append('}');
            separator = ",";
        }
        long errors = diagnostics.count(Severity.ERROR) + (strict ? diagnostics.count(Severity.WARNING) : 0);
        long warnings = strict ? 0 : diagnostics.count(Severity.WARNING);
        return out.append(separator.isEmpty() ? "" : "\n").append("], \"errors\": ").append(errors)
                .append(", \"warnings\": ").append(warnings).append('}').toString();
    }

    private static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
