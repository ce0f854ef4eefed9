package org.baocao.source;

/**
 * Where something stands in a project file. Line and column are 1-based and never 0, so that every diagnostic reads
 * {@code file:line:col} as editors and CI annotations expect: a problem with a whole file or folder (its name, a
 * missing file in it, a file that cannot be read) stands at 1:1 with no source line, and an unknown column is 1.
 */
public record SourcePosition(String file, int line, int column, String sourceLine) {

    public SourcePosition {
        line = Math.max(line, 1);
        column = Math.max(column, 1);
        sourceLine = sourceLine == null ? "" : sourceLine;
    }

    public static SourcePosition of(SourceFile source, int line, int column) {
        return new SourcePosition(source.path(), line, column, source.line(line));
    }

    /** A problem with the file or folder as a whole: 1:1, with no source line under the message. */
    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 1, 1, "");
    }
}
