package org.baocao.source;

import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A catalog entry with its arguments, rendered only when printed, so one diagnostic can be shown in either
 * language. An argument that is itself a {@link Message} or a {@code Phrase} is rendered in the same language;
 * a list is joined with ", "; anything else is printed as it is (names, numbers, paths).
 */
public record Phrase(Message entry, List<Object> args) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    public Phrase {
        Object[] settled = new Object[args.size()];
        for (int i = 0; i < settled.length; i++) settled[i] = settle(args.get(i));
        args = List.of(settled);
    }

    /** The entry's text (for a diagnostic: its message) in {@code language}. */
    public String in(ToolLanguage language) {
        return fill(entry.text(language), language);
    }

    /** A diagnostic's own hint in {@code language}, with the same arguments as its message. */
    public String hintIn(ToolLanguage language) {
        return fill(entry.hint(language), language);
    }

    private String fill(String template, ToolLanguage language) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            placeholder.appendReplacement(out, Matcher.quoteReplacement(render(args.get(index), language)));
        }
        return placeholder.appendTail(out).toString();
    }

    private static String render(Object arg, ToolLanguage language) {
        if (arg instanceof Message word) return word.text(language);
        if (arg instanceof Phrase phrase) return phrase.in(language);
        if (arg instanceof List<?> items) {
            return String.join(", ", items.stream().map(item -> render(item, language)).toList());
        }
        return String.valueOf(arg);
    }

    /** Immutable, comparable arguments: a diagnostic is reported once however often it is found. */
    private static Object settle(Object arg) {
        if (arg instanceof Message || arg instanceof Phrase) return arg;
        if (arg instanceof Collection<?> items) return items.stream().map(Phrase::settle).toList();
        return String.valueOf(arg);
    }
}
