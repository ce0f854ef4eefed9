package org.baocao.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pandoc's attribute syntax, as the annual-report contract uses it after an image ({@code {width=35% .right}}) and
 * on the first line of a block quote ({@code {.pull}}): classes, and {@code key=value} pairs (the value may be quoted).
 * Only what baocao gives a meaning is accepted; anything else is kept as a problem, for a positioned diagnostic.
 *
 * @param source   the block as written, braces included
 * @param classes  the classes, without their dot
 * @param width    "35%" or "60mm", or null
 * @param problems what is wrong in the block, as the diagnostic says it
 */
public record AttributeBlock(String source, List<String> classes, String width, List<String> problems) {
    /** The HTML attributes that carry a block's problems, and the block as written, to the diagnostic. */
    public static final String PROBLEMS_ATTRIBUTE = "data-attribute-problems";
    public static final String SOURCE_ATTRIBUTE = "data-attribute-block";
    static final Set<String> IMAGE_CLASSES = Set.of("left", "right", "full", "page", "signature");
    static final Set<String> QUOTE_CLASSES = Set.of("pull", "callout");
    private static final Pattern WIDTH = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)(%|mm)");

    /**
     * The block at the start of {@code text}, or empty when the text does not start with one (an opening brace
     * without its closing brace on the same line is text).
     */
    static Optional<AttributeBlock> at(CharSequence text, Set<String> knownClasses, boolean widthAllowed) {
        String s = text.toString();
        if (!s.startsWith("{")) return Optional.empty();
        int end = closingBrace(s);
        if (end < 0) return Optional.empty();
        String source = s.substring(0, end + 1);
        List<String> classes = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        String width = null;
        for (String token : tokens(s.substring(1, end))) {
            if (token.startsWith(".") && token.length() > 1) {
                String name = token.substring(1);
                if (knownClasses.contains(name)) classes.add(name);
                else problems.add("unknown class '." + name + "'");
            } else if (token.startsWith("width=")) {
                String value = unquote(token.substring("width=".length()));
                var m = WIDTH.matcher(value);
                if (!widthAllowed) {
                    problems.add("a width is for images only");
                } else if (!m.matches()) {
                    problems.add("width '" + value + "' is not a width in % or mm");
                } else if (m.group(2).equals("%") && Double.parseDouble(m.group(1)) > 100) {
                    problems.add("width '" + value + "' is more than the text width");
                } else {
                    width = value;
                }
            } else {
                problems.add("unknown attribute '" + token + "'");
            }
        }
        return Optional.of(new AttributeBlock(source, List.copyOf(classes), width, List.copyOf(problems)));
    }

    boolean has(String name) {
        return classes.contains(name);
    }

    private static int closingBrace(String s) {
        boolean quoted = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') return -1;
            if (c == '"') quoted = !quoted;
            else if (c == '}' && !quoted) return i;
        }
        return -1;
    }

    private static List<String> tokens(String inside) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : inside.toCharArray()) {
            if (c == '"') quoted = !quoted;
            if (Character.isWhitespace(c) && !quoted) {
                if (!current.isEmpty()) tokens.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) tokens.add(current.toString());
        return tokens;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }
}
