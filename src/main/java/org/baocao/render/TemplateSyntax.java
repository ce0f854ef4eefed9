package org.baocao.render;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
import freemarker.core.ParseException;
import freemarker.template.TemplateException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.DataReferences;
import org.baocao.content.DataSet;
import org.baocao.content.Narrative;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.YamlValue;

/** FreeMarker's complaints about a narrative in plain words, at the place the writer has to fix, without Java names. */
final class TemplateSyntax {
    private TemplateSyntax() {}

    private static final Pattern UNCLOSED = Pattern.compile("You have an unclosed ([#@])(\\w*)");
    private static final Pattern TAG = Pattern.compile("<(/?)([#@])([\\w.]*)");
    private static final Pattern UNKNOWN_BUILTIN = Pattern.compile("Unknown built-in: \"(\\w+)\"");
    private static final Pattern ENCOUNTERED = Pattern.compile("^Encountered (.+?), but was expecting.*$");
    private static final Pattern WRONG_KIND = Pattern.compile("Expected an? (.+?), but this has evaluated to an? ([\\w+]+)");

    static void report(ParseException e, Narrative narrative, Diagnostics diagnostics) {
        String message = firstSentence(e.getEditorMessage());
        SourcePosition at = NarrativeTemplates.position(narrative, e.getLineNumber(), e.getColumnNumber());
        Matcher unclosed = UNCLOSED.matcher(message);
        if (unclosed.find()) {
            Optional<int[]> opening = lastUnclosed(narrative.body(), unclosed.group(1).charAt(0), unclosed.group(2));
            if (opening.isPresent()) {
                String tag = "<" + unclosed.group(1) + tagName(narrative.body(), opening.get()[2]);
                SourcePosition open = NarrativeTemplates.position(narrative, opening.get()[0], opening.get()[1]);
                diagnostics.error(open, Message.DIRECTIVE_NOT_CLOSED.with(tag), unclosed.group(1).equals("@")
                        ? null : Message.HINT_END_DIRECTIVE.with(tag.substring(1)));
                return;
            }
        }
        Matcher builtin = UNKNOWN_BUILTIN.matcher(message);
        if (builtin.find()) {
            diagnostics.error(at, Message.UNKNOWN_BUILTIN, builtin.group(1));
            return;
        }
        String open = unclosedExpression(narrative.body(), e.getLineNumber(), e.getColumnNumber());
        if (open != null && message.startsWith("Encountered")) {
            diagnostics.error(at, Message.EXPRESSION_NOT_CLOSED, open);
            return;
        }
        Matcher encountered = ENCOUNTERED.matcher(message);
        if (encountered.matches()) diagnostics.error(at, Message.TEMPLATE_UNEXPECTED, encountered.group(1));
        else diagnostics.error(at, Message.TEMPLATE_SYNTAX, message);
    }

    /**
     * The last {@code <@…} (or {@code <#name…}) of the body that is neither self-closed ({@code />}) nor ended by a
     * closing tag: {line, column, offset}, 1-based as FreeMarker counts.
     */
    private static Optional<int[]> lastUnclosed(String body, char kind, String name) {
        Deque<Integer> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(body);
        while (tag.find()) {
            if (tag.group(2).charAt(0) != kind || kind == '#' && !tag.group(3).equals(name)) continue;
            if (tag.group(1).isEmpty()) {
                int end = body.indexOf('>', tag.end());
                int next = body.indexOf('<', tag.end());
                boolean selfClosed = end > 0 && (next < 0 || end < next) && body.charAt(end - 1) == '/';
                if (!selfClosed) open.push(tag.start());
            } else if (!open.isEmpty()) {
                open.pop();
            }
        }
        if (open.isEmpty()) return Optional.empty();
        int offset = open.peek();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return Optional.of(new int[] {line, offset - lineStart + 1, offset});
    }

    private static String tagName(String body, int offset) {
        Matcher tag = TAG.matcher(body);
        return tag.find(offset) ? tag.group(3) : "";
    }

    /** "${harvest.rice_total" when the error is inside a ${ that no } closed before it, else null. */
    private static String unclosedExpression(String body, int line, int column) {
        String[] lines = body.split("\n", -1);
        if (line < 1 || line > lines.length) return null;
        String text = lines[line - 1].substring(0, Math.min(Math.max(column - 1, 0), lines[line - 1].length()));
        int start = text.lastIndexOf("${");
        if (start < 0 || text.indexOf('}', start) >= 0) return null;
        return text.substring(start).strip();
    }

    /** A value of the wrong kind: a whole data set or list printed, a text calculated with, a number with '.' after it. */
    static void reportWrongKind(TemplateException e, String expression, SourcePosition at, Map<String, DataSet> dataSets,
                                Diagnostics diagnostics) {
        String message = firstSentence(e.getMessageWithoutStackTop());
        if (expression == null) expression = printedAt(at);
        if (message.startsWith("Can't convert boolean to string")) {
            diagnostics.error(at, Message.BOOLEAN_PRINTED, expression == null ? Message.WORD_THIS_VALUE : "'" + expression + "'");
            return;
        }
        if (message.contains("/ by zero")) {
            diagnostics.error(at, Message.DIVISION_BY_ZERO);
            return;
        }
        Matcher kind = WRONG_KIND.matcher(message);
        Object name = expression == null ? Message.WORD_THIS : "'" + expression + "'";
        if (!kind.find() || expression == null) {
            diagnostics.error(at, Message.TEMPLATE_PROBLEM.with(withoutJavaNames(message)),
                    expression == null ? null : Message.HINT_CHECK_EXPRESSION.with(expression));
            return;
        }
        Phrase actual = plainKind(kind.group(2), expression, dataSets);
        if (message.startsWith("For \"${...}\" content")) {
            diagnostics.error(at, Message.NOT_ONE_FIGURE.with(name, actual), printOne(expression, dataSets));
        } else if (message.startsWith("For \".\" left-hand operand")) {
            diagnostics.error(at, Message.NOTHING_AFTER_DOT, name, actual, expression);
        } else {
            Phrase needed = plainKind(kind.group(1), null, dataSets);
            diagnostics.error(at, Message.WRONG_KIND.with(name, actual, needed),
                    needed.entry() == Message.WORD_NUMBER ? Message.HINT_ONLY_NUMBERS_CALCULATE.with() : null);
        }
    }

    private static Phrase printOne(String expression, Map<String, DataSet> dataSets) {
        YamlValue value = expression.contains(".") ? DataReferences.resolve(expression, dataSets).orElse(null)
                : dataSets.containsKey(expression) ? dataSets.get(expression).root() : null;
        if (value instanceof YamlValue.Sequence) return Message.HINT_PRINT_ONE_ITEM.with(expression);
        if (value instanceof YamlValue.Mapping mapping) {
            String example = mapping.entries().entrySet().stream()
                    .filter(entry -> entry.getValue() instanceof YamlValue.Scalar s && s.number() != null).map(Map.Entry::getKey)
                    .findFirst().orElse(mapping.entries().keySet().stream().findFirst().orElse("name"));
            return Message.HINT_NAME_ONE_FIGURE_OF.with(expression + "." + example);
        }
        return null;
    }

    /** FreeMarker's name of a kind of value as the catalog's word for it. */
    private static Phrase plainKind(String freemarkerKind, String expression, Map<String, DataSet> dataSets) {
        if (expression != null && dataSets.containsKey(expression)) return Message.WORD_WHOLE_DATA_SET.with();
        if (freemarkerKind.startsWith("string")) return Message.WORD_TEXT.with();
        if (freemarkerKind.contains("sequence")) return Message.WORD_LIST.with();
        if (freemarkerKind.contains("hash")) return Message.WORD_GROUP_OF_VALUES.with();
        if (freemarkerKind.startsWith("number")) return Message.WORD_NUMBER.with();
        if (freemarkerKind.startsWith("boolean")) return Message.WORD_TRUE_FALSE.with();
        if (freemarkerKind.startsWith("date")) return Message.WORD_DATE.with();
        return Message.WORD_VALUE_OF_KIND.with(freemarkerKind.replaceAll("[^a-z ]", " ").strip());
    }

    /** "members.active" when the position is at "${members.active}", else null. */
    private static String printedAt(SourcePosition at) {
        String line = at.sourceLine();
        int start = at.column() - 1;
        if (start < 0 || !line.startsWith("${", start)) return null;
        int end = line.indexOf('}', start);
        return end < 0 ? null : line.substring(start + 2, end).strip();
    }

    /** Drops FreeMarker's notes on Java classes, "(wrapper: f.t.SimpleNumber)", which mean nothing to a writer. */
    private static String withoutJavaNames(String message) {
        return message.replaceAll("\\s*\\((?:wrapper: )?[^()]*(?:\\$|f\\.t\\.|java\\.)[^()]*\\)?", "").replaceAll("[:\\s]+$", "")
                .replaceAll("\\b(?:an? )?(?:extended_)?hash\\b", "a group of values").replaceAll("\\b(?:an? )?sequence\\b", "a list");
    }

    static String firstSentence(String message) {
        String first = message == null ? "" : message.lines().findFirst().orElse("").strip();
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
