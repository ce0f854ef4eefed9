package org.baocao.source;

/**
 * One problem in the content, positioned like a compiler message: {@code file:line:col: error: message}.
 *
 * @param file       path relative to the project, '/' separated
 * @param line       1-based; 1 when the problem concerns the whole file (see {@link SourcePosition})
 * @param column     1-based; 1 when the problem concerns the whole file or the column is unknown
 * @param sourceLine the text of that line, shown under the message with a caret; empty for a whole file
 * @param hint       how to fix it, in plain words; may be empty
 */
public record Diagnostic(Severity severity, String file, int line, int column, String message,
                         String sourceLine, String hint) {

    public static Diagnostic error(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), message, at.sourceLine(), hint);
    }

    public static Diagnostic warning(SourcePosition at, String message, String hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), message, at.sourceLine(), hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, file, line, column, message, sourceLine, hint);
    }

    /** The first line alone, as editors and CI annotations parse it. */
    public String headline() {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
    }

    /** Headline, the source line with a caret under the column, and the hint. */
    public String format() {
        StringBuilder out = new StringBuilder(headline()).append('\n');
        if (sourceLine != null && !sourceLine.isBlank()) {
            out.append("    ").append(sourceLine).append('\n');
            if (column > 0) {
                out.append("    ").append(caretPadding(sourceLine, column)).append("^\n");
            }
        }
        if (hint != null && !hint.isBlank()) {
            out.append("    hint: ").append(hint).append('\n');
        }
        return out.toString();
    }

    /** Keeps tabs so the caret lines up under the same character in a terminal. */
    private static String caretPadding(String line, int column) {
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1 && i < line.length(); i++) {
            pad.append(line.charAt(i) == '\t' ? '\t' : ' ');
        }
        return pad.toString();
    }
}
