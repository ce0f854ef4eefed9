package org.baocao.cli;

import org.baocao.source.ToolLanguage;
import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.io.PrintWriter;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Json;
import org.baocao.source.Severity;

/** Prints diagnostics the way compilers do, sorted by file, then a count. */
final class DiagnosticPrinter {
    private DiagnosticPrinter() {}

    /** @param strict warnings are printed as errors */
    static void print(Diagnostics diagnostics, boolean strict, PrintWriter err) {
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            err.print((strict ? diagnostic.asError() : diagnostic).format());
        }
        long errors = errors(diagnostics, strict);
        long warnings = warnings(diagnostics, strict);
        if (errors + warnings > 0) {
            err.println(counts(errors, warnings).in(ToolLanguage.current()));
        }
        err.flush();
    }

    /**
     * One JSON object: {"errors": n, "warnings": n, "diagnostics": [{"file", "line", "column", "severity", "code",
     * "message", "source", "hint"}]}, sorted as the text output. The keys are English; message and hint are in the
     * language baocao speaks, the code names the problem in any language.
     */
    static String json(Diagnostics diagnostics, boolean strict) {
        StringBuilder out = new StringBuilder("{\"diagnostics\": [");
        String separator = "";
        for (Diagnostic found : diagnostics.sorted()) {
            Diagnostic d = strict ? found.asError() : found;
            out.append(separator).append("\n  {\"file\": ").append(Json.string(d.file()))
                    .append(", \"line\": ").append(d.line()).append(", \"column\": ").append(d.column())
                    .append(", \"severity\": ").append(Json.string(d.severity().label()))
                    .append(", \"code\": ").append(Json.string(d.code().code()))
                    .append(", \"message\": ").append(Json.string(d.message()))
                    .append(", \"source\": ").append(Json.string(d.sourceLine() == null ? "" : d.sourceLine()))
                    .append(", \"hint\": ").append(Json.string(d.hint() == null ? "" : d.hint())).append('}');
            separator = ",";
        }
        return out.append(separator.isEmpty() ? "" : "\n").append("], \"errors\": ").append(errors(diagnostics, strict))
                .append(", \"warnings\": ").append(warnings(diagnostics, strict)).append('}').toString();
    }

    /** With {@code strict} the warnings are counted as errors, as they are printed. */
    private static long errors(Diagnostics diagnostics, boolean strict) {
        return diagnostics.count(Severity.ERROR) + (strict ? diagnostics.count(Severity.WARNING) : 0);
    }

    private static long warnings(Diagnostics diagnostics, boolean strict) {
        return strict ? 0 : diagnostics.count(Severity.WARNING);
    }

    /** "1 error, 2 warnings" */
    static Phrase counts(long errors, long warnings) {
        return Message.LINE_ERRORS_AND_WARNINGS.with(Message.count(errors, Message.COUNT_ERROR, Message.COUNT_ERRORS),
                Message.count(warnings, Message.COUNT_WARNING, Message.COUNT_WARNINGS));
    }
}
