package org.baocao.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A narrative's long lines of plain text, taken out before FreeMarker parses it and put back as it writes. FreeMarker's
 * lexer reads static text a character at a time, slowly: parsing 1,000 narratives took a sixth of a large build, for
 * text that comes out unchanged. Each such line becomes a short marker on the same line, so every line and column
 * FreeMarker reports is the narrative's own; {@link #expanding} writes each marker back as its line, before the
 * output is counted against the template limits.
 *
 * <p>Only lines outside any FreeMarker construct are taken: a small lexer follows interpolations, tags (with their
 * strings and parentheses) and comments across lines, and a narrative it cannot follow keeps all its lines.
 */
final class PlainLines {
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** Shorter lines are cheaper to parse than to take out. */
    private static final int SHORTEST = 32;
    /** Each directive's kind and name; a comment ({@code <#--}) has no name and matches no other way. */
    private static final Pattern DIRECTIVE = Pattern.compile("</?([#@])(?!--)([\\w.]*)");
    /** FreeMarker's directives that write the text inside them unchanged, or not at all. */
    private static final Set<String> TEXT_AS_IT_IS = Set.of("if", "elseif", "else", "list", "items", "sep", "switch", "case",
            "on", "default", "break", "continue", "t", "lt", "rt", "nt");
    /** The narratives' own directives, which have no text inside. */
    private static final Set<String> FIGURES = Set.of("chart", "table", "ref", "number");

    private final String template;
    private final String marker;
    private final List<String> lines;

    private PlainLines(String template, String marker, List<String> lines) {
        this.template = template;
        this.marker = marker;
        this.lines = lines;
    }

    /** The text for FreeMarker to parse. */
    String template() {
        return template;
    }

    /**
     * {@code body} with its long plain lines taken out, or null when there is none or the body uses syntax the lexer
     * does not follow. {@code nonce} makes the markers unguessable, so that no value printed can pass for one.
     */
    static PlainLines of(String body, String nonce) {
        if (body.indexOf(OPEN) >= 0 || body.indexOf(CLOSE) >= 0 || !followable(body)) return null;
        String marker = OPEN + nonce + ":";
        StringBuilder template = new StringBuilder(body.length() / 4);
        List<String> lines = new ArrayList<>();
        Lexer lexer = new Lexer();
        int start = 0;
        while (start <= body.length()) {
            int end = body.indexOf('\n', start);
            if (end < 0) end = body.length();
            if (lexer.atTop() && end - start >= SHORTEST && plain(body, start, end)) {
                template.append(marker).append(lines.size()).append(CLOSE);
                lines.add(body.substring(start, end));
            } else {
                template.append(body, start, end);
                lexer.read(body, start, end);
            }
            if (end < body.length()) template.append('\n');
            start = end + 1;
        }
        return lines.isEmpty() || !lexer.atTop() ? null : new PlainLines(template.toString(), marker, lines);
    }

    /**
     * A writer that writes each marker as its line into {@code out}. Call {@code flush} at the end: a marker cut by the
     * end of a write waits there for the rest.
     */
    Writer expanding(Writer out) {
        int longestMarker = marker.length() + 11;
        return new Writer() {
            private final StringBuilder pending = new StringBuilder();

            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                write(new String(chars, offset, length), 0, length);
            }

            @Override
            public void write(String text, int offset, int length) throws IOException {
                String s = text.substring(offset, offset + length);
                if (!pending.isEmpty()) {
                    s = pending + s;
                    pending.setLength(0);
                }
                int from = 0;
                while (true) {
                    int open = s.indexOf(OPEN, from);
                    if (open < 0) {
                        out.write(s, from, s.length() - from);
                        return;
                    }
                    out.write(s, from, open - from);
                    int close = s.indexOf(CLOSE, open);
                    int nextOpen = s.indexOf(OPEN, open + 1);
                    if (close < 0 && nextOpen < 0 && s.length() - open <= longestMarker) {
                        pending.append(s, open, s.length());
                        return;
                    }
                    if (close < 0 || nextOpen >= 0 && nextOpen < close || close - open > longestMarker) {
                        // A private-use character of the data, not a marker.
                        out.write(OPEN);
                        from = open + 1;
                        continue;
                    }
                    out.write(line(s.substring(open, close)));
                    from = close + 1;
                }
            }

            @Override
            public void flush() throws IOException {
                out.write(pending.toString());
                pending.setLength(0);
                out.flush();
            }

            @Override
            public void close() throws IOException {
                flush();
                out.close();
            }
        };
    }

    /** The line a marker (without its closing character) stands for; anything else is written as it is. */
    private String line(String opened) {
        if (opened.startsWith(marker)) {
            try {
                int index = Integer.parseInt(opened.substring(marker.length()));
                if (index >= 0 && index < lines.size()) return lines.get(index);
            } catch (NumberFormatException e) {
                // not one of ours: written as it is
            }
        }
        return opened + CLOSE;
    }

    /**
     * Text that cannot begin any FreeMarker construct (no {@code ${}, no tag {@code <#}, {@code </#}, {@code <@},
     * {@code </@}), nor count as a line break for it. A footnote's or a link's bracket and a lone '#' or '$' are plain:
     * {@link #followable} has left out the narratives with square-bracket syntax or {@code #{}}.
     */
    private static boolean plain(String body, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c == '\r' && i < end - 1) return false;
            if (c == '$' && i + 1 < end && body.charAt(i + 1) == '{') return false;
            if (c == '<' && i + 1 < end) {
                int next = i + 1 < end && body.charAt(i + 1) == '/' ? i + 2 : i + 1;
                if (next < end && (body.charAt(next) == '#' || body.charAt(next) == '@')) return false;
            }
        }
        return true;
    }

    /**
     * Only narratives whose directives write their text as it is: one that captures it ({@code <#assign x>…}), squeezes
     * it ({@code <#compress>}) or hands it to a macro would see a marker instead of the line. Square-bracket syntax and
     * {@code #{}} are left to FreeMarker alone too.
     */
    private static boolean followable(String body) {
        if (body.contains("[#") || body.contains("[@") || body.contains("[=") || body.contains("[/") || body.contains("#{")) return false;
        Matcher directive = DIRECTIVE.matcher(body);
        while (directive.find()) {
            if (!(directive.group(1).equals("#") ? TEXT_AS_IT_IS : FIGURES).contains(directive.group(2))) return false;
        }
        return true;
    }

    /** Where FreeMarker's reading of the text is at a line's start: in plain text, or within a construct. */
    private static final class Lexer {
        private enum State { TOP, COMMENT, INTERPOLATION, TAG }

        private State state = State.TOP;
        /** Open braces of an interpolation, or open parentheses of a tag. */
        private int depth;
        /** The quote of the string being read, or 0. */
        private char quote;

        boolean atTop() {
            return state == State.TOP;
        }

        void read(String text, int start, int end) {
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                switch (state) {
                    case TOP -> {
                        if (text.startsWith("<#--", i)) {
                            state = State.COMMENT;
                            i += 4;
                            continue;
                        }
                        if (text.startsWith("${", i)) {
                            state = State.INTERPOLATION;
                            depth = 1;
                            i += 2;
                            continue;
                        }
                        if (text.startsWith("<#", i) || text.startsWith("<@", i) || text.startsWith("</#", i) || text.startsWith("</@", i)) {
                            state = State.TAG;
                            depth = 0;
                            i += 2;
                            continue;
                        }
                    }
                    case COMMENT -> {
                        if (text.startsWith("-->", i)) {
                            state = State.TOP;
                            i += 3;
                            continue;
                        }
                    }
                    case INTERPOLATION, TAG -> {
                        if (quote != 0) {
                            if (c == '\\') i++;
                            else if (c == quote) quote = 0;
                        } else if (c == '"' || c == '\'') {
                            quote = c;
                        } else if (c == (state == State.TAG ? '(' : '{')) {
                            depth++;
                        } else if (c == (state == State.TAG ? ')' : '}')) {
                            depth--;
                            if (state == State.INTERPOLATION && depth == 0) state = State.TOP;
                        } else if (c == '>' && state == State.TAG && depth <= 0) {
                            state = State.TOP;
                        }
                    }
                }
                i++;
            }
            // A line break ends no construct; a string, though, cannot span lines unnoticed: stay within it.
        }
    }
}
