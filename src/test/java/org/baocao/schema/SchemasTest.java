package org.baocao.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.baocao.config.SiteConfigLoader;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON Schemas that editors apply to site.yaml, report.yaml and data files (docs/user-guide.md, "Editors"),
 * checked against what baocao's loaders read: the sample and every fixture the loaders accept validate, and the
 * mistakes the loaders reject for their shape are flagged by the schemas too.
 */
class SchemasTest {
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Path BROKEN = Path.of("src/test/resources/broken");
    /** Broken fixtures whose fault is in a file's shape, which a schema can see without the rest of the project. */
    private static final Set<String> FLAGGED_BY_SCHEMA = Set.of("unknown-key", "wrong-type-date", "ref-to-broken-chart", "table-column-key");

    static Schema schema(String kind) {
        InputStream json = SchemasTest.class.getResourceAsStream("/org/baocao/schemas/" + kind + ".schema.json");
        assertNotNull(json, kind);
        return REGISTRY.getSchema(json);
    }

    /** Which schema applies to a file of a project, by the same globs as the editor settings of new site. */
    static Optional<String> kind(String relative) {
        if (relative.equals("content/site.yaml")) return Optional.of("site");
        if (relative.matches("content/reports/[^/]+/report\\.yaml")) return Optional.of("report");
        if (relative.matches("content/reports/[^/]+/data/[^/]+\\.yaml")) return Optional.of("data");
        return Optional.empty();
    }

    /** The problems the schema finds in a YAML file, read by baocao's own parser, as the editor's YAML 1.2 sees it. */
    static List<String> problems(String kind, String relative, String yaml) {
        Diagnostics diagnostics = new Diagnostics();
        YamlValue value = new YamlParser(diagnostics).parse(new SourceFile(relative, yaml), yaml, 1);
        assertFalse(diagnostics.hasErrors(), relative + " does not parse: " + diagnostics.sorted());
        return schema(kind).validate(json(value)).stream().map(Error::toString).toList();
    }

    static JsonNode json(YamlValue value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof YamlValue.Mapping mapping) {
            ObjectNode object = nodes.objectNode();
            mapping.entries().forEach((key, child) -> object.set(key, json(child)));
            return object;
        }
        if (value instanceof YamlValue.Sequence sequence) {
            var array = nodes.arrayNode();
            sequence.items().forEach(item -> array.add(json(item)));
            return array;
        }
        Object scalar = ((YamlValue.Scalar) value).value();
        if (scalar == null) return nodes.nullNode();
        if (scalar instanceof Long number) return nodes.numberNode(number);
        if (scalar instanceof BigInteger number) return nodes.numberNode(number);
        if (scalar instanceof BigDecimal number) return nodes.numberNode(number);
        if (scalar instanceof Boolean flag) return nodes.booleanNode(flag);
        // A date is a text to the editors' YAML 1.2; the schemas check its form.
        return nodes.stringNode(scalar.toString());
    }

    /** The YAML files of a project folder that a schema applies to, by path relative to the project. */
    static Map<String, String> files(Path project) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> paths = Files.walk(project)) {
            for (Path path : paths.filter(Files::isRegularFile).sorted().toList()) {
                String relative = project.relativize(path).toString().replace('\\', '/');
                if (kind(relative).isPresent()) files.put(relative, Files.readString(path, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void theSampleValidates() throws IOException {
        Map<String, String> files = files(Path.of("."));
        assertTrue(files.size() >= 7, "site.yaml, report.yaml and the data sets: " + files.keySet());
        files.forEach((relative, yaml) -> assertEquals(List.of(), problems(kind(relative).orElseThrow(), relative, yaml), relative));
    }

    /** The fixture projects besides the broken ones: every folder of src/test/resources with a content/site.yaml. */
    static List<Path> projects() throws IOException {
        try (Stream<Path> paths = Files.walk(Path.of("src/test/resources"))) {
            return paths.filter(p -> p.endsWith(Path.of("content", "site.yaml")) && !p.startsWith(BROKEN))
                    .map(p -> p.getParent().getParent()).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("projects")
    void everyFixtureProjectValidates(Path project) throws IOException {
        Map<String, String> files = files(project);
        assertTrue(files.containsKey("content/site.yaml"));
        files.forEach((relative, yaml) -> assertEquals(List.of(), problems(kind(relative).orElseThrow(), relative, yaml), project + ": " + relative));
    }

    static List<String> fixtures() throws IOException {
        try (Stream<Path> folders = Files.list(BROKEN)) {
            return folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /**
     * Each broken fixture as the tests assemble it (_base, then the fixture's files): a file its expected.txt does
     * not name validates; a file it names is flagged when its fault is one of shape.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyFixtureFileTheLoadersAcceptValidates(String fixture) throws IOException {
        Map<String, String> files = new LinkedHashMap<>(files(BROKEN.resolve("_base")));
        files.putAll(files(BROKEN.resolve(fixture)));
        Path expected = BROKEN.resolve(fixture).resolve("expected.txt");
        String faults = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
        List<String> flagged = new ArrayList<>();
        files.forEach((relative, yaml) -> {
            boolean named = faults.lines().anyMatch(line -> line.startsWith(relative + ":"));
            if (!named) {
                assertEquals(List.of(), problems(kind(relative).orElseThrow(), relative, yaml), relative);
            } else if (FLAGGED_BY_SCHEMA.contains(fixture)) {
                assertFalse(problems(kind(relative).orElseThrow(), relative, yaml).isEmpty(), relative + " is not flagged by the schema");
                flagged.add(relative);
            }
        });
        assertEquals(FLAGGED_BY_SCHEMA.contains(fixture), !flagged.isEmpty(), "flagged: " + flagged);
    }

    @Test
    void aTypoedKeyIsFlaggedByTheSchemaAsByTheLoader() {
        String siteYaml = """
                organization:
                  name: {vi: Quỹ Tín dụng Nhân dân Tân Phú, en: Tan Phu People's Credit Fund}
                languages:
                  - {code: vi, locale: vi-VN, name: Tiếng Việt}
                  - {code: en, locale: en-GB, name: English}
                """;
        assertEquals(List.of(), problems("site", "content/site.yaml", siteYaml));
        String typo = siteYaml + "titel: Báo cáo\n";
        List<String> problems = problems("site", "content/site.yaml", typo);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("titel"), problems.get(0));

        Diagnostics diagnostics = new Diagnostics();
        new SiteConfigLoader(diagnostics, Path.of("content")).load(new SourceFile("content/site.yaml", typo));
        assertTrue(diagnostics.sorted().stream().anyMatch(d -> d.message().contains("'titel'")), diagnostics.sorted().toString());

        String report = "title: {vi: Báo cáo thường niên 2025, en: Annual Report 2025}\nperiod: {start: 2025-01-01, end: 2025-12-31}\n"
                + "published: 2026-03-31\nkey_figures:\n  - {value: members.total, lable: {vi: Thành viên, en: Members}}\n";
        assertFalse(problems("report", "content/reports/2025/report.yaml", report).isEmpty(), "lable in a key figure");
        String chart = "charts:\n  members:\n    type: column\n    titel: {vi: Thành viên, en: Members}\n    categories: [2024, 2025]\n"
                + "    series:\n      - values: [1100, 1250]\n";
        assertFalse(problems("data", "content/reports/2025/data/members.yaml", chart).isEmpty(), "titel in a chart");
    }

    /** Every key the editors describe is described in both languages: "Tiếng Việt / English". */
    @Test
    void everyDescriptionIsInVietnameseAndEnglish() throws IOException {
        for (String kind : List.of("site", "report", "data")) {
            List<String> descriptions = new ArrayList<>();
            collectDescriptions(schema(kind).getSchemaNode(), descriptions);
            assertTrue(descriptions.size() > 5, kind);
            for (String description : descriptions) {
                String[] halves = description.split(" / ", 2);
                assertEquals(2, halves.length, kind + ": " + description);
                assertTrue(halves[0].matches(".*[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ].*"),
                        kind + ": the Vietnamese half first: " + description);
            }
        }
    }

    private static void collectDescriptions(JsonNode node, List<String> into) {
        if (node.isObject()) {
            for (var entry : node.properties()) {
                if (entry.getKey().equals("description") && entry.getValue().isString()) into.add(entry.getValue().asString());
                else collectDescriptions(entry.getValue(), into);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) collectDescriptions(item, into);
        }
    }
}
