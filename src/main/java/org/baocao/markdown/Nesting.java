package org.baocao.markdown;

/**
 * How deeply a Markdown text nests quotes and lists, found before the parser sees it: commonmark-java keeps at most
 * 100 blocks open and quietly takes what is nested deeper as text, where the author is better told where and why.
 */
public final class Nesting {
    /** Far beyond any real text (three or four levels); 32 quotes, or 32 lists and their items, stay within the parser's 100. */
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
