package org.baocao.source;

/**
 * One problem in the content, positioned like a compiler message: {@code file:line:col: error: message}.
 * Its message and hint are catalog entries ({@link Message}), rendered in the language baocao speaks
 * ({@link ToolLanguage}) when printed; {@link #code()} names the problem whatever the language.
 *
 * @param file       path relative to the project, '/' separated
 * @param line       1-based; 1 when the problem concerns the whole file (see {@link SourcePosition})
 * @param column     1-based; 1 when the problem concerns the whole file or the column is unknown
 * @param sourceLine the text of that line, shown under the message with a caret; empty for a whole file
 * @param text       what is wrong: a diagnostic entry of the catalog with its arguments
 * @param hintText   how to fix it, when it is not the entry's own hint; may be null
 */
public record Diagnostic(Severity severity, String file, int line, int column, String sourceLine,
                         Phrase text, Phrase hintText) {

    public static Diagnostic error(SourcePosition at, Phrase message, Phrase hint) {
        return new Diagnostic(Severity.ERROR, at.file(), at.line(), at.column(), at.sourceLine(), message, hint);
    }

    public static Diagnostic warning(SourcePosition at, Phrase message, Phrase hint) {
        return new Diagnostic(Severity.WARNING, at.file(), at.line(), at.column(), at.sourceLine(), message, hint);
    }

    public Message code() {
        return text.entry();
    }

    public String message() {
        return message(ToolLanguage.current());
    }

    public String message(ToolLanguage language) {
        return text.in(language);
    }

    public String hint() {
        return hint(ToolLanguage.current());
    }

    public String hint(ToolLanguage language) {
        return hintText != null ? hintText.in(language) : text.hintIn(language);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic asError() {
        return new Diagnostic(Severity.ERROR, file, line, column, sourceLine, text, hintText);
    }

    /** The first line alone, as editors and CI annotations parse it: the labels stay English, the message is translated. */
    public String headline() {
        return headline(ToolLanguage.current());
    }

    public String headline(ToolLanguage language) {
        return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message(language);
    }

    /** Headline, the source line with a caret under the column, and the hint. */
    public String format() {
        return format(ToolLanguage.current());
    }

    public String format(ToolLanguage language) {
        StringBuilder out = new StringBuilder(headline(language)).append('\n');
        if (sourceLine != null && !sourceLine.isBlank()) {
            out.append("    ").append(sourceLine).append('\n');
            if (column > 0) {
                out.append("    ").append(caretPadding(sourceLine, column)).append("^\n");
            }
        }
        String hint = hint(language);
        if (!hint.isBlank()) {
            out.append("    ").append(Message.HINT_LABEL.text(language)).append(": ").append(hint).append('\n');
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
