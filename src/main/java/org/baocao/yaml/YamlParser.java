package org.baocao.yaml;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.io.StringReader;
import java.util.Map;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Reads YAML into {@link YamlValue}s with positions, straight from SnakeYAML's events ({@link ValueReader}): no Java
 * object is ever constructed from a tag, aliases and nesting are limited, and the expanded size is capped, so a hostile
 * file (a "billion laughs" alias bomb, a huge document) is refused quickly with a clear message.
 */
public final class YamlParser {
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    private static final int MAX_ALIASES = 100;
    private static final int MAX_EXPANDED_NODES = 200_000;
    private static final int MAX_NESTING = 50;

    private static final java.util.regex.Pattern UNSEEN_LINE_BREAKS = java.util.regex.Pattern.compile("[\u0085\u2028\u2029]");

    private final Diagnostics diagnostics;

    public YamlParser(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Parses a whole file, or a part of one starting at {@code firstLine} (front matter).
     * Returns null and reports a diagnostic when the text is not valid YAML.
     */
    public YamlValue parse(SourceFile file, String yaml, int firstLine) {
        if (yaml.codePointCount(0, yaml.length()) > MAX_CODE_POINTS) {
            diagnostics.error(SourcePosition.of(file, firstLine, 1), Message.YAML_TOO_LARGE, MAX_CODE_POINTS / 1024 / 1024);
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_NESTING);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            // SnakeYAML, a YAML 1.1 reader, breaks lines at NEL, LS and PS, which editors (and YAML 1.2) do not: read
            // as spaces, so that its line numbers are the editor's (a fuzzer's finding).
            String read = hasUnseenLineBreak(yaml) ? UNSEEN_LINE_BREAKS.matcher(yaml).replaceAll(" ") : yaml;
            YamlValue root = new ValueReader(new ParserImpl(new StreamReader(new StringReader(read)), options), new QuickResolver(), options,
                    diagnostics, file, read, firstLine, MAX_EXPANDED_NODES).read();
            return root != null ? root : new YamlValue.Mapping(SourcePosition.of(file, firstLine, 1), Map.of(), Map.of());
        } catch (MarkedYAMLException e) {
            Problem problem = Problem.of(e, yaml.split("\n", -1));
            diagnostics.error(SourcePosition.of(file, problem.line() + firstLine, problem.column() + 1), problem.message(), problem.hint());
        } catch (ValueReader.SelfReference e) {
            diagnostics.error(SourcePosition.of(file, e.start.getLine() + firstLine, e.start.getColumn() + 1), Message.YAML_SELF_ALIAS);
        } catch (ValueReader.TooLarge e) {
            diagnostics.error(SourcePosition.of(file, firstLine, 1), Message.YAML_TOO_MANY_VALUES, MAX_EXPANDED_NODES);
        } catch (YAMLException e) {
            if (String.valueOf(e.getMessage()).contains("Nesting Depth exceeded")) {
                int[] deepest = NestingDepth.firstPlaceDeeperThan(yaml, MAX_NESTING);
                diagnostics.error(SourcePosition.of(file, deepest[0] + firstLine, deepest[1] + 1), Message.YAML_TOO_DEEP, String.valueOf(MAX_NESTING));
                return null;
            }
            diagnostics.error(SourcePosition.of(file, firstLine, 1), Message.YAML_UNREADABLE, firstLine(e.getMessage()));
        }
        return null;
    }

    /**
     * SnakeYAML's complaint in the user's words, at the line the mistake is most likely on (0-based line and column).
     * SnakeYAML notices a mistake where reading can no longer go on, which is often the line after it.
     */
    private record Problem(int line, int column, Phrase message, Phrase hint) {

        Problem(int line, int column, Message problem, Object... args) {
            this(line, column, problem.with(args), null);
        }


        static Problem of(MarkedYAMLException e, String[] lines) {
            String problem = String.valueOf(e.getProblem());
            String context = String.valueOf(e.getContext());
            Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Mark from = e.getContextMark();
            int line = at == null ? 0 : at.getLine();
            int column = at == null ? 0 : at.getColumn();
            if (problem.contains("found duplicate key")) {
                return new Problem(line, column, Message.YAML_DUPLICATE_KEY.with(
                        problem.substring(problem.indexOf("found duplicate key") + "found duplicate key".length()).strip()), Message.HINT_KEY_ONCE.with());
            }
            if (problem.contains("Number of aliases")) {
                return new Problem(line, column, Message.YAML_TOO_MANY_ALIASES);
            }
            if (problem.contains("(TAB)")) {
                return new Problem(line, column, Message.YAML_TAB);
            }
            if (problem.contains("Global tag is not allowed")) {
                return new Problem(line, column, Message.YAML_TYPE_TAG);
            }
            if (problem.contains("expected <block end>") && from != null) {
                return misindented(lines, line, from.getLine());
            }
            if (problem.contains("mapping values are not allowed")) {
                int previous = previousLine(lines, line);
                if (previous >= 0 && column > indentation(text(lines, line)) && indentation(text(lines, line)) > keyColumn(text(lines, previous))
                        && !text(lines, line).substring(indentation(text(lines, line)), column).contains(": ")) {
                    return new Problem(line, indentation(text(lines, line)), Message.YAML_OVER_INDENTED,
                            spaces(indentation(text(lines, line)) - keyColumn(text(lines, previous))), key(text(lines, previous)));
                }
                return new Problem(line, column, Message.YAML_COLON_IN_TEXT);
            }
            if (problem.contains("could not find expected ':'") && from != null) {
                return new Problem(from.getLine(), indentation(text(lines, from.getLine())), Message.YAML_NO_COLON);
            }
            if (context.contains("while parsing a flow") && problem.contains("but got :") && from != null && line == from.getLine()) {
                return new Problem(line, column, Message.YAML_COLON_IN_TEXT.with(), Message.HINT_QUOTE_FLOW_TEXT.with());
            }
            if (context.contains("while parsing a flow") && from != null && line > from.getLine() && "{[".indexOf(charAt(lines, from)) >= 0) {
                char open = charAt(lines, from);
                char close = open == '[' ? ']' : '}';
                return new Problem(from.getLine(), from.getColumn(), Message.YAML_BRACKET_NOT_CLOSED,
                        open, close, open == '{' ? "{vi: ..., en: ...}" : "[1, 2, 3]");
            }
            if (context.contains("while scanning a quoted scalar") && from != null && "\"'".indexOf(charAt(lines, from)) >= 0) {
                char quote = charAt(lines, from);
                return new Problem(from.getLine(), from.getColumn(), Message.YAML_QUOTE_NOT_CLOSED.with(quote),
                        (quote == '"' ? Message.HINT_CLOSE_DOUBLE_QUOTE : Message.HINT_CLOSE_SINGLE_QUOTE).with());
            }
            return new Problem(line, column, Message.YAML_INVALID, problem);
        }

        /**
         * Two lines of one block are indented differently: {@code found} is where SnakeYAML stopped, {@code opened}
         * the block's first line. Content is indented by two spaces, so a line with an odd indentation next to an
         * even one is the likely mistake; else the line where reading stopped.
         */
        private static Problem misindented(String[] lines, int found, int opened) {
            String foundLine = text(lines, found);
            if (isInList(lines, opened) && !foundLine.stripLeading().startsWith("-")) {
                return new Problem(found, indentation(foundLine), Message.YAML_LIST_ITEM_WITHOUT_DASH);
            }
            int previous = previousLine(lines, found);
            int line = found;
            int other = previous >= 0 ? previous : opened;
            if (indentation(foundLine) % 2 == 0) {
                if (previous >= 0 && indentation(text(lines, previous)) % 2 == 1) {
                    line = previous;
                    other = found;
                } else if (indentation(text(lines, opened)) % 2 == 1) {
                    line = opened;
                    other = found;
                }
            }
            return new Problem(line, indentation(text(lines, line)), Message.YAML_MISINDENTED,
                    spaces(indentation(text(lines, line))), other + 1, spaces(indentation(text(lines, other))));
        }

        private static boolean isInList(String[] lines, int line) {
            return text(lines, line).stripLeading().startsWith("- ");
        }

        private static String text(String[] lines, int line) {
            return line >= 0 && line < lines.length ? lines[line] : "";
        }

        private static char charAt(String[] lines, Mark mark) {
            String line = text(lines, mark.getLine());
            return mark.getColumn() < line.length() ? line.charAt(mark.getColumn()) : ' ';
        }

        private static int previousLine(String[] lines, int line) {
            for (int i = line - 1; i >= 0; i--) {
                if (!text(lines, i).isBlank() && !text(lines, i).stripLeading().startsWith("#")) return i;
            }
            return -1;
        }

        private static int indentation(String line) {
            int i = 0;
            while (i < line.length() && line.charAt(i) == ' ') i++;
            return i;
        }

        /** Where the line's key starts: after the indentation and any list dashes ("  - name: x" → 4). */
        private static int keyColumn(String line) {
            int i = indentation(line);
            while (line.startsWith("- ", i)) {
                i += 2;
                while (i < line.length() && line.charAt(i) == ' ') i++;
            }
            return i;
        }

        private static String key(String line) {
            String rest = line.substring(keyColumn(line));
            int colon = rest.indexOf(':');
            return colon > 0 ? rest.substring(0, colon + 1) : rest.strip();
        }

        private static Phrase spaces(int n) {
            return n == 1 ? Message.WORD_SPACE.with() : Message.WORD_SPACES.with(n);
        }
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    /** Checked a character at a time: a regular expression over every data file cost more than the rest of the check. */
    private static boolean hasUnseenLineBreak(String yaml) {
        for (int i = 0; i < yaml.length(); i++) {
            char c = yaml.charAt(i);
            if (c == '\u0085' || c == '\u2028' || c == '\u2029') return true;
        }
        return false;
    }

    /**
     * SnakeYAML's resolver, with the answer for a plain whole number given at once: trying YAML 1.1's patterns for
     * integers, floats and timestamps on every figure of a data file was a third of reading it. Only digits, with at most
     * a leading minus and no leading zero (which YAML 1.1 reads as octal): what its integer pattern matches first.
     * A word that starts as YAML 1.1's booleans and nulls do (type, title, name, not...) is looked up among them
     * instead of matched against their patterns, which are those words exactly.
     */
    static final class QuickResolver extends Resolver {
        private static final String BOOLEAN_OR_NULL_INITIALS = "yYnNtTfFoO";
        private static final java.util.Set<String> BOOLEANS = java.util.Set.of("yes", "Yes", "YES", "no", "No", "NO",
                "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF");
        private static final java.util.Set<String> NULLS = java.util.Set.of("null", "Null", "NULL");

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind == NodeId.scalar && implicit) {
                if (isPlainWholeNumber(value)) return Tag.INT;
                if (!value.isEmpty() && BOOLEAN_OR_NULL_INITIALS.indexOf(value.charAt(0)) >= 0) {
                    return BOOLEANS.contains(value) ? Tag.BOOL : NULLS.contains(value) ? Tag.NULL : Tag.STR;
                }
            }
            return super.resolve(kind, value, implicit);
        }

        static boolean isPlainWholeNumber(String value) {
            int start = value.startsWith("-") ? 1 : 0;
            if (value.length() == start || value.length() - start > 18) return false;
            if (value.charAt(start) == '0') return value.length() == start + 1;
            for (int i = start; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c < '0' || c > '9') return false;
            }
            return true;
        }
    }
}
