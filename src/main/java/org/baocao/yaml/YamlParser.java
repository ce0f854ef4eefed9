package org.baocao.yaml;

import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads YAML into {@link YamlValue}s with positions. Only the node graph is composed: no Java object is ever
 * constructed from a tag, aliases and nesting are limited, and the expanded size is capped, so a hostile file
 * (a "billion laughs" alias bomb, a huge document) is refused quickly with a clear message.
 */
public final class YamlParser {
    public static final int MAX_CODE_POINTS = 3 * 1024 * 1024;
    private static final int MAX_ALIASES = 100;
    private static final int MAX_EXPANDED_NODES = 200_000;

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
            diagnostics.error(SourcePosition.of(file, firstLine, 1),
                    "file is too large for YAML (more than " + MAX_CODE_POINTS / 1024 / 1024 + " MB of text)",
                    "split the data into several data sets");
            return null;
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(50);
        options.setCodePointLimit(MAX_CODE_POINTS);
        try {
            Node root = new Yaml(options).compose(new StringReader(yaml));
            if (root == null) {
                return new YamlValue.Mapping(SourcePosition.of(file, firstLine, 1), Map.of(), Map.of());
            }
            return new Converter(file, firstLine, diagnostics).convert(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark == null ? firstLine : mark.getLine() + firstLine;
            int column = mark == null ? 1 : mark.getColumn() + 1;
            diagnostics.error(SourcePosition.of(file, line, column), describe(e), hintFor(e));
        } catch (TooLargeException e) {
            diagnostics.error(SourcePosition.of(file, firstLine, 1), e.getMessage(),
                    "remove the repeated aliases (*name) or split the file");
        } catch (YAMLException e) {
            diagnostics.error(SourcePosition.of(file, firstLine, 1), "YAML cannot be read: " + firstLine(e.getMessage()),
                    "check the file in a YAML-aware editor");
        }
        return null;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
        if (problem.contains("found duplicate key")) {
            return "duplicate key" + problem.substring(problem.indexOf("found duplicate key") + "found duplicate key".length());
        }
        if (problem.contains("Number of aliases")) {
            return "too many aliases (*name) in one file: refused as a possible alias bomb";
        }
        if (problem.contains("(TAB)")) {
            return "invalid YAML: a tab cannot indent YAML";
        }
        return "invalid YAML: " + problem;
    }

    private static String hintFor(MarkedYAMLException e) {
        String problem = String.valueOf(e.getProblem());
        if (problem.contains("duplicate key")) {
            return "each key may appear once in a mapping: remove or rename one of them";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a text containing ': ' must be quoted, e.g. title: \"Ghi chú: ...\"";
        }
        if (problem.contains("(TAB)")) {
            return "indent with spaces, not tabs";
        }
        if (problem.contains("Number of aliases")) {
            return "write the values out instead of repeating aliases";
        }
        return "check indentation and quoting around this position";
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private static final class TooLargeException extends RuntimeException {
        TooLargeException(String message) {
            super(message, null, false, false);
        }
    }

    private static final class Converter {
        private final SourceFile file;
        private final int lineOffset;
        private final Diagnostics diagnostics;
        private int expanded;

        Converter(SourceFile file, int firstLine, Diagnostics diagnostics) {
            this.file = file;
            this.lineOffset = firstLine;
            this.diagnostics = diagnostics;
        }

        YamlValue convert(Node node) {
            if (++expanded > MAX_EXPANDED_NODES) {
                throw new TooLargeException("YAML expands to more than " + MAX_EXPANDED_NODES
                        + " values: refused as a possible alias bomb");
            }
            SourcePosition at = position(node.getStartMark());
            if (node instanceof MappingNode mapping) {
                Map<String, YamlValue> entries = new LinkedHashMap<>();
                Map<String, SourcePosition> keyAt = new LinkedHashMap<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(tuple.getKeyNode());
                    // Composing (unlike constructing) lets a repeated key through; the second would silently win.
                    if (entries.containsKey(key)) {
                        diagnostics.error(position(tuple.getKeyNode().getStartMark()), "duplicate key '" + key + "'",
                                "each key may appear once in a mapping: remove or rename one of them (the first is on line "
                                        + keyAt.get(key).line() + ")");
                        continue;
                    }
                    entries.put(key, convert(tuple.getValueNode()));
                    keyAt.put(key, position(tuple.getKeyNode().getStartMark()));
                }
                return new YamlValue.Mapping(at, Collections.unmodifiableMap(entries), Collections.unmodifiableMap(keyAt));
            }
            if (node instanceof SequenceNode sequence) {
                List<YamlValue> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(convert(item));
                }
                return new YamlValue.Sequence(at, List.copyOf(items));
            }
            ScalarNode scalar = (ScalarNode) node;
            return new YamlValue.Scalar(at, scalarValue(scalar));
        }

        private SourcePosition position(Mark mark) {
            return SourcePosition.of(file, mark.getLine() + lineOffset, mark.getColumn() + 1);
        }

        /** Only the core schema's plain types: an explicit tag such as !!java.io.File is read as text. */
        private static Object scalarValue(ScalarNode node) {
            String text = node.getValue();
            Tag tag = node.getTag();
            try {
                if (Tag.NULL.equals(tag)) return null;
                if (Tag.BOOL.equals(tag)) return Boolean.valueOf(text.toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
                if (Tag.INT.equals(tag)) return integer(text);
                if (Tag.FLOAT.equals(tag)) return new BigDecimal(text.replace("_", ""));
                if (Tag.TIMESTAMP.equals(tag) && text.length() == 10) return LocalDate.parse(text);
            } catch (NumberFormatException | DateTimeParseException e) {
                return text;
            }
            return text;
        }

        private static Object integer(String text) {
            String digits = text.replace("_", "");
            BigInteger value;
            if (digits.startsWith("0x")) value = new BigInteger(digits.substring(2), 16);
            else if (digits.startsWith("0o")) value = new BigInteger(digits.substring(2), 8);
            else value = new BigInteger(digits);
            return value.bitLength() < 63 ? (Object) value.longValue() : value;
        }
    }
}
