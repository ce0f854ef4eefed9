package org.baocao.yaml;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Turns SnakeYAML's events into {@link YamlValue}s as they come, doing what its composer checks on the way (a single
 * document, aliases defined and few, nesting, no global tag), with the same exceptions and messages. SnakeYAML's node
 * graph of a whole file was alive until converted: on the large data files of a big project, copying it was most
 * of what the collector did while the project was read.
 *
 * <p>The result is what converting the composed graph gave: an alias is the value it names (shared, as values are
 * immutable), counted at its expanded size against the limit; a problem of a value is reported only when the whole
 * file reads (a syntax error further on is the one message, as it was), and not for the value of a repeated or merge
 * key, which is left out.
 */
final class ValueReader {
    private final Parser parser;
    private final Resolver resolver;
    private final LoaderOptions options;
    private final Diagnostics diagnostics;
    private final SourceFile file;
    private final String text;
    private final int lineOffset;
    private final int maxExpanded;
    private final Map<String, Anchored> anchors = new HashMap<>();
    /** Each key's text once: a table's rows repeat the same few keys thousands of times. */
    private final Map<String, String> keyNames = new HashMap<>();
    private int nonScalarAliases;
    private int depth;

    /** The problems of the scalar being read; null when it has none, as nearly every scalar. */
    private List<Runnable> scalarProblems;

    ValueReader(Parser parser, Resolver resolver, LoaderOptions options, Diagnostics diagnostics, SourceFile file, String text,
            int firstLine, int maxExpanded) {
        this.parser = parser;
        this.resolver = resolver;
        this.options = options;
        this.diagnostics = diagnostics;
        this.file = file;
        this.text = text;
        this.lineOffset = firstLine;
        this.maxExpanded = maxExpanded;
    }

    /**
     * The document's value, or null when the stream has none; its problems reported.
     *
     * @throws SelfReference an alias inside the value it names
     * @throws TooLarge      more values than the limit once aliases are expanded
     */
    YamlValue read() {
        parser.getEvent();
        if (parser.checkEvent(Event.ID.StreamEnd)) {
            parser.getEvent();
            return null;
        }
        parser.getEvent();
        Read root = node();
        parser.getEvent();
        if (!parser.checkEvent(Event.ID.StreamEnd)) {
            throw new Refused("expected a single document in the stream", root.start(), "but found another document",
                    parser.getEvent().getStartMark());
        }
        parser.getEvent();
        root.problems().forEach(Runnable::run);
        if (root.failure() != null) throw root.failure();
        return root.value();
    }

    /**
     * A value read, with its size once aliases are expanded (at most one more than the limit), the problems found in
     * it and, if it holds an alias to itself or grows past the limit, that failure: what came after it in the value
     * was not converted, and its value is null. {@code end} is where a mapping or a list ends (a key's text);
     * {@code scalarText} and {@code tag} are a scalar's, which a key needs.
     */
    private record Read(Mark start, Mark end, YamlValue value, int size, List<Runnable> problems, RuntimeException failure,
            String scalarText, Tag tag) {}

    /** An anchored value; {@code read} is null while the value is still being read. */
    private static final class Anchored {
        final Mark start;
        final boolean scalar;
        Read read;

        Anchored(Mark start, boolean scalar) {
            this.start = start;
            this.scalar = scalar;
        }
    }

    private Read node() {
        if (parser.checkEvent(Event.ID.Alias)) return alias((AliasEvent) parser.getEvent());
        if (depth > options.getNestingDepthLimit()) {
            throw new YAMLException("Nesting Depth exceeded max " + options.getNestingDepthLimit());
        }
        depth++;
        NodeEvent event = (NodeEvent) parser.peekEvent();
        Read read;
        if (parser.checkEvent(Event.ID.Scalar)) {
            read = scalar((ScalarEvent) parser.getEvent());
        } else {
            Anchored anchored = anchor(event.getAnchor(), event.getStartMark(), false);
            read = parser.checkEvent(Event.ID.SequenceStart) ? sequence() : mapping();
            if (anchored != null) anchored.read = read;
        }
        depth--;
        return read;
    }

    private Read alias(AliasEvent event) {
        Anchored anchored = anchors.get(event.getAnchor());
        if (anchored == null) throw new Refused("found undefined alias " + event.getAnchor(), event.getStartMark());
        if (!anchored.scalar && ++nonScalarAliases > options.getMaxAliasesForCollections()) {
            throw new YAMLException("Number of aliases for non-scalar nodes exceeds the specified max=" + options.getMaxAliasesForCollections());
        }
        if (anchored.read == null) {
            return new Read(anchored.start, null, null, 1, List.of(), new SelfReference(anchored.start), null, null);
        }
        return anchored.read;
    }

    private Anchored anchor(String name, Mark start, boolean scalar) {
        if (name == null) return null;
        Anchored anchored = new Anchored(start, scalar);
        anchors.put(name, anchored);
        return anchored;
    }

    private Read scalar(ScalarEvent event) {
        Tag tag = tag(event.getTag(), event.getStartMark(), NodeId.scalar, event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
        Anchored anchored = anchor(event.getAnchor(), event.getStartMark(), true);
        SourcePosition at = position(event.getStartMark());
        scalarProblems = null;
        Object value = scalarValue(event.getValue(), tag, at);
        Read read = new Read(event.getStartMark(), null, new YamlValue.Scalar(at, value), 1, scalarProblems == null ? List.of() : scalarProblems,
                null, event.getValue(), tag);
        if (anchored != null) anchored.read = read;
        return read;
    }

    private Read sequence() {
        CollectionStartEvent start = (CollectionStartEvent) parser.getEvent();
        tag(start.getTag(), start.getStartMark(), NodeId.sequence, null, start.getImplicit());
        Children children = new Children();
        List<YamlValue> items = new ArrayList<>();
        while (!parser.checkEvent(Event.ID.SequenceEnd)) {
            Read item = node();
            if (children.take(item)) items.add(item.value());
        }
        Mark end = parser.getEvent().getEndMark();
        YamlValue value = children.failure == null ? new YamlValue.Sequence(position(start.getStartMark()), List.copyOf(items)) : null;
        return children.read(start.getStartMark(), end, value);
    }

    private Read mapping() {
        CollectionStartEvent start = (CollectionStartEvent) parser.getEvent();
        tag(start.getTag(), start.getStartMark(), NodeId.mapping, null, start.getImplicit());
        Children children = new Children();
        CompactMap.Builder<YamlValue> entries = new CompactMap.Builder<>();
        int[] keyAt = new int[8];
        while (!parser.checkEvent(Event.ID.MappingEnd)) {
            Read keyRead = node();
            Read valueRead = node();
            if (children.failure != null) continue;
            String key = keyRead.scalarText() != null ? keyRead.scalarText() : sourceText(keyRead);
            SourcePosition keyPosition = position(keyRead.start());
            if (Tag.MERGE.equals(keyRead.tag())) {
                children.problem(() -> diagnostics.error(keyPosition, Message.YAML_MERGE_KEY));
                continue;
            }
            // Composing (unlike constructing) lets a repeated key through; the second would silently win.
            int earlier = entries.indexOf(key);
            if (earlier >= 0) {
                int earlierLine = keyAt[2 * earlier];
                children.problem(() -> diagnostics.error(keyPosition, Message.YAML_DUPLICATE_KEY, key, earlierLine));
                continue;
            }
            if (!children.take(valueRead)) continue;
            int index = entries.put(keyNames.computeIfAbsent(key, same -> same), valueRead.value());
            if (2 * index + 1 >= keyAt.length) keyAt = java.util.Arrays.copyOf(keyAt, keyAt.length * 2);
            keyAt[2 * index] = keyRead.start().getLine() + lineOffset;
            keyAt[2 * index + 1] = keyRead.start().getColumn() + 1;
        }
        Mark end = parser.getEvent().getEndMark();
        YamlValue value = null;
        if (children.failure == null) {
            CompactMap<YamlValue> built = entries.build();
            int[] keys = keyAt;
            value = new YamlValue.Mapping(position(start.getStartMark()), built,
                    built.sameKeys(i -> SourcePosition.of(file, keys[2 * i], keys[2 * i + 1])));
        }
        return children.read(start.getStartMark(), end, value);
    }

    /** What a mapping or a list gathers from its values in order: their sizes and problems, until one fails. */
    private final class Children {
        int size = 1;
        List<Runnable> problems;
        RuntimeException failure;

        /** Whether {@code child} is taken: not once a value before it failed, nor when it fails itself. */
        boolean take(Read child) {
            if (failure != null) return false;
            size = Math.min(maxExpanded + 1, size + child.size());
            child.problems().forEach(this::problem);
            failure = child.failure() != null ? child.failure() : size > maxExpanded ? new TooLarge() : null;
            return failure == null;
        }

        void problem(Runnable problem) {
            if (problems == null) problems = new ArrayList<>();
            problems.add(problem);
        }

        Read read(Mark start, Mark end, YamlValue value) {
            return new Read(start, end, value, size, problems == null ? List.of() : problems, failure, null, null);
        }
    }

    /** The node's tag, as SnakeYAML's composer resolves it; a global tag (a Java class...) is refused as it refused it. */
    private Tag tag(String written, Mark start, NodeId kind, String value, boolean implicit) {
        if (written == null || written.equals("!")) return resolver.resolve(kind, value, implicit);
        Tag tag = new Tag(written);
        if (tag.isCustomGlobal() && !options.getTagInspector().isGlobalTagAllowed(tag)) {
            throw new Refused("Global tag is not allowed: " + written, start);
        }
        return tag;
    }

    /** Only the core schema's plain types: an explicit tag such as !!java.io.File is read as text. */
    private Object scalarValue(String text, Tag tag, SourcePosition at) {
        try {
            if (Tag.NULL.equals(tag)) return null;
            if (Tag.BOOL.equals(tag)) return Boolean.valueOf(text.toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
            // A plain whole number (at most 18 digits) is a long within every bound.
            if (Tag.INT.equals(tag)) return YamlParser.QuickResolver.isPlainWholeNumber(text) ? (Object) Long.parseLong(text) : withinBounds(integer(text), text, at);
            if (Tag.FLOAT.equals(tag)) {
                if (text.toLowerCase(Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
                    problem(() -> diagnostics.error(at, Message.NUMBER_NOT_FINITE, text));
                    return text;
                }
                return withinBounds(new BigDecimal(text.replace("_", "")), text, at);
            }
        } catch (NumberFormatException e) {
            return text;
        }
        if (Tag.TIMESTAMP.equals(tag) && text.length() == 10) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                impossibleDate(text, at);
                return text;
            }
        }
        return text;
    }

    private void problem(Runnable problem) {
        if (scalarProblems == null) scalarProblems = new ArrayList<>(1);
        scalarProblems.add(problem);
    }

    /** A number too large, too small or too long to be a figure is reported, and read as its text. */
    private Object withinBounds(Object number, String text, SourcePosition at) {
        BigDecimal value = number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
        if (FigureBounds.within(value)) return number;
        problem(() -> diagnostics.error(at, Message.NUMBER_OUT_OF_RANGE, FigureBounds.shown(text), String.valueOf(FigureBounds.MAX_DIGITS),
                String.valueOf(FigureBounds.MIN_EXPONENT), String.valueOf(FigureBounds.MAX_EXPONENT)));
        return text;
    }

    private void impossibleDate(String text, SourcePosition at) {
        try {
            YearMonth month = YearMonth.parse(text.substring(0, 7));
            problem(() -> diagnostics.error(at, Message.DATE_IMPOSSIBLE, text, String.valueOf(month.getMonthValue()),
                    String.valueOf(month.getYear()), String.valueOf(month.lengthOfMonth())));
        } catch (DateTimeParseException e) {
            problem(() -> diagnostics.error(at, Message.DATE_MONTH_IMPOSSIBLE, text));
        }
    }

    private static Object integer(String text) {
        String digits = text.replace("_", "");
        BigInteger value;
        if (digits.startsWith("0x")) value = new BigInteger(digits.substring(2), 16);
        else if (digits.startsWith("0o")) value = new BigInteger(digits.substring(2), 8);
        else value = new BigInteger(digits);
        return value.bitLength() < 63 ? (Object) value.longValue() : value;
    }

    /** A key that is a mapping or a list (or an alias to one), as written, on one line. */
    private String sourceText(Read key) {
        if (key.end() == null) return "*" + key.start().getLine() + ":" + key.start().getColumn();
        int points = text.codePointCount(0, text.length());
        int from = text.offsetByCodePoints(0, Math.min(key.start().getIndex(), points));
        int to = text.offsetByCodePoints(0, Math.min(key.end().getIndex(), points));
        return text.substring(from, Math.max(from, to)).strip().replaceAll("\\s+", " ");
    }

    private SourcePosition position(Mark mark) {
        return SourcePosition.of(file, mark.getLine() + lineOffset, mark.getColumn() + 1);
    }

    /** An alias inside the value it names (a: &a [*a]): it would expand forever. */
    static final class SelfReference extends RuntimeException {
        final transient Mark start;

        SelfReference(Mark start) {
            super(null, null, false, false);
            this.start = start;
        }
    }

    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** SnakeYAML's own exception for what its composer refuses, so that its messages are explained as before. */
    private static final class Refused extends ComposerException {
        Refused(String problem, Mark at) {
            super(problem, at);
        }

        Refused(String context, Mark contextMark, String problem, Mark problemMark) {
            super(context, contextMark, problem, problemMark);
        }
    }
}
