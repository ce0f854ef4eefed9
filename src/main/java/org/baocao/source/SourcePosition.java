package org.baocao.source;

import java.util.Objects;

/**
 * Where something stands in a project file. Line and column are 1-based and never 0, so that every diagnostic reads
 * {@code file:line:col} as editors and CI annotations expect: a problem with a whole file or folder (its name, a
 * missing file in it, a file that cannot be read) stands at 1:1 with no source line, and an unknown column is 1.
 *
 * <p>A value, as a record would be: equal when file, line, column and source line are. A position made
 * {@link #of from a file} reads its source line from the file when asked: every value of a large data set has a
 * position, and each holding its line kept a second copy of the file's text for the whole build.
 */
public final class SourcePosition {
    private final String file;
    private final int line;
    private final int column;
    /** The source line, or the file to read it from. */
    private final Object sourceLine;

    public SourcePosition(String file, int line, int column, String sourceLine) {
        this.file = Objects.requireNonNull(file);
        this.line = Math.max(line, 1);
        this.column = Math.max(column, 1);
        this.sourceLine = sourceLine == null ? "" : sourceLine;
    }

    private SourcePosition(SourceFile source, int line, int column) {
        this.file = source.path();
        this.line = line;
        this.column = Math.max(column, 1);
        this.sourceLine = source;
    }

    public static SourcePosition of(SourceFile source, int line, int column) {
        return line < 1 ? new SourcePosition(source.path(), line, column, "") : new SourcePosition(source, line, column);
    }

    /** A problem with the file or folder as a whole: 1:1, with no source line under the message. */
    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 1, 1, "");
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The text of the line, "" when there is none. */
    public String sourceLine() {
        return sourceLine instanceof SourceFile source ? source.line(line) : (String) sourceLine;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourcePosition that && that.line == line && that.column == column && that.file.equals(file)
                && (that.sourceLine == sourceLine || that.sourceLine().equals(sourceLine()));
    }

    @Override
    public int hashCode() {
        return (file.hashCode() * 31 + line) * 31 + column;
    }

    @Override
    public String toString() {
        return "SourcePosition[file=" + file + ", line=" + line + ", column=" + column + ", sourceLine=" + sourceLine() + "]";
    }
}
