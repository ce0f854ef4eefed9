package org.baocao.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.junit.jupiter.api.Test;

class YamlParserTest {
    private final Diagnostics diagnostics = new Diagnostics();
    private final YamlParser parser = new YamlParser(diagnostics);

    private YamlValue parse(String yaml) {
        return parser.parse(new SourceFile("data/x.yaml", yaml), yaml, 1);
    }

    private List<String> headlines() {
        return diagnostics.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void valuesRememberTheirLineAndColumn() {
        YamlValue.Mapping root = (YamlValue.Mapping) parse("""
                people: 152730
                outreach:
                  share: 48.75
                  since: 2016-01-01
                  names: [Sen, "Súng"]
                """);
        YamlValue.Mapping outreach = (YamlValue.Mapping) root.get("outreach");
        assertEquals(3, outreach.get("share").at().line());
        assertEquals(10, outreach.get("share").at().column());
        assertEquals(3, outreach.keyAt().get("share").column());
        assertEquals("  share: 48.75", outreach.get("share").at().sourceLine());
        assertEquals(152730L, ((YamlValue.Scalar) root.get("people")).value());
        assertEquals(new BigDecimal("48.75"), ((YamlValue.Scalar) outreach.get("share")).value());
        assertEquals(LocalDate.of(2016, 1, 1), ((YamlValue.Scalar) outreach.get("since")).value());
        assertEquals(5, ((YamlValue.Sequence) outreach.get("names")).items().get(1).at().line());
    }

    @Test
    void frontMatterPositionsCountFromItsFirstLineInTheFile() {
        SourceFile file = new SourceFile("vi/01-a.md", "---\ntitle: A\nsummary: B\n---\n");
        YamlValue.Mapping root = (YamlValue.Mapping) parser.parse(file, "title: A\nsummary: B\n", 2);
        assertEquals(3, root.get("summary").at().line());
        assertEquals("summary: B", root.get("summary").at().sourceLine());
    }

    @Test
    void aDuplicateKeyIsAnErrorAtTheSecondOne() {
        // Reading goes on after a duplicate, so that one run lists every problem of the file; the first value is kept.
        YamlValue.Mapping root = (YamlValue.Mapping) parse("title: A\npublished: 2020-01-01\ntitle: B\n");
        assertEquals("A", ((YamlValue.Scalar) root.get("title")).value());
        assertEquals(List.of("data/x.yaml:3:1: error: duplicate key 'title'"), headlines());
        assertEquals("each key may appear once in a mapping: remove or rename one of them (the first is on line 1)",
                diagnostics.sorted().get(0).hint());
    }

    @Test
    void aMappingOfManyKeysKeepsTheirOrderValuesAndPositions() {
        // From nine keys on, the parsed mapping looks its keys up by hash: the same answers as a small one.
        StringBuilder yaml = new StringBuilder();
        for (int i = 1; i <= 20; i++) yaml.append("key").append(i).append(": ").append(i * 10).append('\n');
        yaml.append("key7: again\n");
        YamlValue.Mapping root = (YamlValue.Mapping) parse(yaml.toString());
        assertEquals(20, root.entries().size());
        assertEquals("key1", root.entries().keySet().iterator().next());
        assertEquals(List.of("key1", "key2", "key3"), root.entries().keySet().stream().limit(3).toList());
        for (int i = 1; i <= 20; i++) {
            assertEquals((long) i * 10, ((YamlValue.Scalar) root.get("key" + i)).value());
            assertEquals(i, root.keyAt().get("key" + i).line());
            assertEquals("key" + i + ": " + i * 10, root.keyAt().get("key" + i).sourceLine());
        }
        assertNull(root.get("key21"));
        assertNull(root.keyAt().get("key21"));
        assertEquals(List.of("data/x.yaml:21:1: error: duplicate key 'key7'"), headlines());
        assertEquals("each key may appear once in a mapping: remove or rename one of them (the first is on line 7)",
                diagnostics.sorted().get(0).hint());
    }

    @Test
    void aMappingEqualsTheSameEntriesInAnyMap() {
        YamlValue.Mapping small = (YamlValue.Mapping) parse("b: 1\na: 2\n");
        java.util.Map<String, YamlValue> copy = new java.util.LinkedHashMap<>(small.entries());
        assertEquals(copy, small.entries());
        assertEquals(small.entries(), copy);
        assertEquals(copy.hashCode(), small.entries().hashCode());
        assertEquals(List.of("b", "a"), List.copyOf(small.entries().keySet()));
        assertEquals(copy.toString(), small.entries().toString());
        assertEquals(false, small.entries().containsKey(1));
        assertThrows(UnsupportedOperationException.class, () -> small.entries().put("c", small.get("a")));
    }

    @Test
    void anAliasBombIsRefusedFast() {
        String bomb = """
                a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
                h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
                i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
                """;
        // A guard against hanging, not a speed target: expanding this naively takes minutes and gigabytes.
        YamlValue result = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> parse(bomb));
        assertNull(result);
        assertEquals(1, headlines().size());
        String headline = headlines().get(0);
        assertEquals(true, headline.startsWith("data/x.yaml:") && headline.contains("alias bomb"), headline);
    }

    @Test
    void fewAliasesThatStayUnderTheLimitsAreFine() {
        YamlValue.Mapping root = (YamlValue.Mapping) parse("base: &base {unit: ha}\nnorth: *base\nsouth: *base\n");
        assertEquals(List.of(), headlines());
        assertEquals("ha", ((YamlValue.Scalar) ((YamlValue.Mapping) root.get("south")).get("unit")).value());
    }

    @Test
    void javaTagsAreRefusedAndLocalTagsReadAsText() {
        assertNull(parse("file: !!java.io.File /etc/passwd\n"));
        assertEquals(List.of("data/x.yaml:1:7: error: a '!!' type tag is not allowed in content"), headlines());
        YamlValue.Mapping root = (YamlValue.Mapping) new YamlParser(new Diagnostics()).parse(new SourceFile("x", ""), "note: !draft Sen\n", 1);
        assertEquals("Sen", ((YamlValue.Scalar) root.get("note")).value());
    }

    @Test
    void duplicateKeysAreFoundInNestedMappingsToo() {
        parse("charts:\n  a: {type: bar}\n  b: {type: pie, type: line}\n");
        assertEquals(List.of("data/x.yaml:3:18: error: duplicate key 'type'"), headlines());
    }

    @Test
    void aTabIndentIsExplained() {
        assertNull(parse("outreach:\n\tpeople: 3\n"));
        assertEquals(List.of("data/x.yaml:2:1: error: invalid YAML: a tab cannot indent YAML"), headlines());
        assertEquals("indent with spaces, not tabs", diagnostics.sorted().get(0).hint());
    }

    @Test
    void anEmptyFileIsAnEmptyMapping() {
        YamlValue root = parse("");
        assertEquals(List.of(), headlines());
        assertEquals(0, ((YamlValue.Mapping) root).entries().size());
    }

    private List<String> headlinesAndHints() {
        return diagnostics.sorted().stream().map(d -> d.headline() + " | " + d.hint()).toList();
    }

    @Test
    void aKeyIndentedByAnOddNumberOfSpacesIsBlamedRatherThanTheNextLine() {
        assertNull(parse("organization:\n   name: Sen Vàng\n  short_name: Sen\n"));
        assertEquals(List.of("data/x.yaml:2:4: error: this line is indented differently from the lines around it"
                + " | it is indented by 3 spaces, line 3 by 2 spaces: the lines of one block need the same indentation"), headlinesAndHints());
    }

    @Test
    void aLineInsideAListThatIsNoItemSaysSo() {
        assertNull(parse("series:\n  - {name: A}\n  values: [1]\n"));
        assertEquals(List.of("data/x.yaml:3:3: error: this line is inside a list but does not start with '- '"
                + " | start it with '- ' if it is one more item of the list; else indent it like the key above the list"), headlinesAndHints());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        assertNull(parse("title: \"Sen Vàng\nunit: ha\n"));
        assertEquals(List.of("data/x.yaml:1:8: error: this \" is not closed | end the text with \" (a quote inside the text is written \\\")"),
                headlinesAndHints());
    }

    @Test
    void aColonInsideAnUnquotedTextOnItsKeyLineIsNotAnIndentationProblem() {
        assertNull(parse("title: Ghi chú: năm 2020\n"));
        assertEquals(List.of("data/x.yaml:1:15: error: ': ' inside a text that is not in quotes"
                + " | put the whole text in quotes, e.g. title: \"Ghi chú: ...\""), headlinesAndHints());
    }

    // Read from SnakeYAML's events as they come (ValueReader): these hold what converting the composed graph gave.

    @Test
    void aValueProblemBeforeASyntaxErrorIsNotReported() {
        // The syntax error stops the file: one message, as when the whole file was read before anything was checked.
        assertNull(parse("share: 1e999\nvalues: [1, 2\n"));
        assertEquals(1, headlines().size());
        assertEquals(true, headlines().get(0).startsWith("data/x.yaml:2:"), headlines().get(0));
    }

    @Test
    void theValueOfARepeatedKeyIsLeftOutWithItsProblems() {
        YamlValue.Mapping root = (YamlValue.Mapping) parse("since: 2020-01-01\nsince: 2024-02-30\n");
        assertEquals(LocalDate.of(2020, 1, 1), ((YamlValue.Scalar) root.get("since")).value());
        assertEquals(List.of("data/x.yaml:2:1: error: duplicate key 'since'"), headlines());
    }

    @Test
    void anAliasIsTheValueItNamesAndItsProblemsAreReportedOnce() {
        YamlValue.Mapping root = (YamlValue.Mapping) parse("base: &base {since: 2024-02-30}\nnorth: *base\nsouth: *base\n");
        assertEquals(root.get("base"), root.get("north"));
        assertEquals(((YamlValue.Mapping) root.get("base")).get("since").at(), ((YamlValue.Mapping) root.get("south")).get("since").at());
        assertEquals(1, headlines().size());
        assertEquals(true, headlines().get(0).startsWith("data/x.yaml:1:21: error: "), headlines().get(0));
    }

    @Test
    void aKeyThatIsAListIsReadAsWritten() {
        YamlValue.Mapping root = (YamlValue.Mapping) parse("? [vi, en]\n: both\n");
        assertEquals(List.of("[vi, en]"), List.copyOf(root.entries().keySet()));
        assertEquals(List.of(), headlines());
    }

    @Test
    void anAliasInsideTheValueItNamesIsRefusedWhereThatValueStarts() {
        assertNull(parse("a: 1\nb: &b\n  c: [*b]\n"));
        assertEquals(1, headlines().size());
        assertEquals(true, headlines().get(0).startsWith("data/x.yaml:2:4: error: an alias"), headlines().get(0));
    }

    @Test
    void whatFollowsAnAliasBombIsNotReported() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'i'; level++) {
            String below = String.valueOf((char) (level - 1));
            bomb.append(level).append(": &").append(level).append(" [").append(String.join(", ", java.util.Collections.nCopies(9, "*" + below))).append("]\n");
        }
        bomb.append("i: 2024-02-30\n");
        assertNull(parse(bomb.toString()));
        assertEquals(1, headlines().size());
        assertEquals(true, headlines().get(0).contains("alias bomb"), headlines().get(0));
    }
}
