package org.baocao.markdown;

/**
 * How deeply a Markdown text nests quotes and lists, found before the parser sees it: flexmark parses nested
 * blocks recursively, so a thousand '>' or list markers on one line would overflow its stack.
 */
public final class Nesting {
    /** Far beyond any real text (three or four levels), far below what overflows the parser. */
    public static final int MAX_DEPTH = 32;

    private Nesting() {}

    /** The first place nested deeper than {@link #MAX_DEPTH}: 0-based line, 0-based column. */
    public record TooDeep(int line, int column) {}

    /** Null when every line stays within the limit. */
    public static TooDeep firstTooDeep(String markdown) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int depth = 0;
            int j = 0;
            int spaces = 0;
            while (j < line.length()) {
                char c = line.charAt(j);
                if (c == ' ' || c == '\t') {
                    // Two columns of indentation can open a list level; four keep an ordinary code block far from the limit.
                    if (++spaces % 4 == 0) depth++;
                    j++;
                } else if (c == '>') {
                    depth++;
                    j++;
                } else if ((c == '-' || c == '*' || c == '+') && j + 1 < line.length() && line.charAt(j + 1) == ' ') {
                    depth++;
                    j++;
                } else {
                    int digits = j;
                    while (digits < line.length() && Character.isDigit(line.charAt(digits)) && digits - j < 9) digits++;
                    boolean ordered = digits > j && digits + 1 < line.length() && (line.charAt(digits) == '.' || line.charAt(digits) == ')')
                            && line.charAt(digits + 1) == ' ';
                    if (!ordered) break;
                    depth++;
                    j = digits + 1;
                }
                if (depth > MAX_DEPTH) return new TooDeep(i, j - 1);
            }
        }
        return null;
    }
}
