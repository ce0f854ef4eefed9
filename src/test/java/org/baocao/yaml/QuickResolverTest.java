package org.baocao.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.resolver.Resolver;

/** The quick answers (whole numbers, words) are SnakeYAML's own answers, for them and for everything near them. */
class QuickResolverTest {
    private static final List<String> VALUES = List.of("0", "-0", "7", "-12", "152730", "012", "-012", "00", "1_000", "+5",
            "123456789012345678", "1234567890123456789", "1.5", "-1.5", "1e3", "2023-01-01", "1:30", "0x1F", "0b101", "-", "",
            "12a", "\u0663", "١٢", "yes", "no", "null", "~", "Q1", "Sen Vàng",
            // every word YAML 1.1 reads as a boolean or a null, and words that start or look like them
            "Yes", "YES", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF",
            "Null", "NULL", "y", "Y", "n", "N", "t", "f", "o", "O", "yES", "nO", "oN", "TRue", "nULL", "yes ", "no:", "onion",
            "offset", "type", "title", "name", "not", "nothing", "Tấn", "tấn", "Ngân sách", "output", "falsehood", "N/A", "n.a.");

    @Test
    void answersAsSnakeYamlDoes() {
        Resolver snakeYaml = new Resolver();
        YamlParser.QuickResolver quick = new YamlParser.QuickResolver();
        for (String value : VALUES) {
            for (NodeId kind : List.of(NodeId.scalar, NodeId.sequence, NodeId.mapping)) {
                for (boolean implicit : new boolean[] {true, false}) {
                    assertEquals(snakeYaml.resolve(kind, value, implicit), quick.resolve(kind, value, implicit), value + " " + kind + " " + implicit);
                }
            }
        }
    }

    @Test
    void takesTheQuickWayForPlainWholeNumbersOnly() {
        for (String value : List.of("0", "-0", "7", "-12", "152730", "123456789012345678")) {
            assertTrue(YamlParser.QuickResolver.isPlainWholeNumber(value), value);
        }
        for (String value : List.of("012", "00", "1_000", "+5", "1234567890123456789", "1.5", "-", "", "12a", "\u0663")) {
            assertFalse(YamlParser.QuickResolver.isPlainWholeNumber(value), value);
        }
    }
}
