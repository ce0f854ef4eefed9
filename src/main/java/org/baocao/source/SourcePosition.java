package org.baocao.source;

/** Where something stands in a project file; line and column are 1-based, 0 when unknown. */
public record SourcePosition(String file, int line, int column, String sourceLine) {

    public static SourcePosition of(SourceFile source, int line, int column) {
        return new SourcePosition(source.path(), line, column, source.line(line));
    }

    public static SourcePosition wholeFile(String file) {
        return new SourcePosition(file, 0, 0, "");
    }
}
