package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The catalog is complete in both languages, its codes follow the scheme, and the user guide lists every code. */
class MessageTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyEntryHasBothLanguagesWithTheSamePlaceholders() {
        for (Message entry : Message.values()) {
            String en = entry.text(ToolLanguage.EN);
            String vi = entry.text(ToolLanguage.VI);
            assertFalse(en.isBlank(), entry + " has no English text");
            assertFalse(vi.isBlank(), entry + " has no Vietnamese text");
            assertEquals(placeholders(en), placeholders(vi), entry + ": the Vietnamese text has other placeholders");
            String enHint = entry.hint(ToolLanguage.EN);
            String viHint = entry.hint(ToolLanguage.VI);
            assertEquals(enHint.isBlank(), viHint.isBlank(), entry + ": a hint in one language only");
            assertEquals(placeholders(enHint), placeholders(viHint), entry + ": the Vietnamese hint has other placeholders");
            for (String text : new String[] {vi, viHint}) {
                assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), entry + ": the Vietnamese is not NFC");
            }
        }
    }

    @Test
    void codesAreUniqueAndTheirFirstDigitIsAnArea() {
        Set<String> seen = new HashSet<>();
        for (Message entry : Message.diagnostics()) {
            assertTrue(entry.code().matches("BC[1-6]\\d{3}"), entry + ": " + entry.code());
            assertTrue(seen.add(entry.code()), entry.code() + " is used twice");
        }
        assertTrue(seen.size() > 100, "every diagnostic is in the catalog: " + seen.size());
    }

    @Test
    void argumentsAreRenderedInTheSameLanguage() {
        Phrase phrase = Message.NOT_A_MAPPING.with("report.yaml", Message.WORD_LIST);
        assertEquals("report.yaml must be a mapping of keys and values, found a list", phrase.in(ToolLanguage.EN));
        assertEquals("report.yaml phải là một bảng khoá và giá trị, nhưng lại là một danh sách", phrase.in(ToolLanguage.VI));
        assertEquals("write it as {vi: ..., en: ...}", Message.LOCALIZED_NOT_TEXT.with("title", Message.WORD_LIST, "vi: ..., en").hintIn(ToolLanguage.EN));
    }

    /**
     * The user guide's table is generated from the catalog; when it is out of date, the expected table is printed.
     * {@code -Dbaocao.updateDocs=true} writes it into docs/user-guide.md.
     */
    @Test
    void theUserGuideListsEveryCode() throws IOException {
        Path file = Path.of("docs/user-guide.md");
        String guide = Files.readString(file);
        String table = codeTable();
        int start = guide.indexOf(TABLE_START);
        int end = guide.indexOf(TABLE_END);
        assertTrue(start >= 0 && end > start, "docs/user-guide.md lacks the markers " + TABLE_START + " and " + TABLE_END);
        if (Boolean.getBoolean("baocao.updateDocs")) {
            guide = guide.substring(0, start + TABLE_START.length()) + table + guide.substring(end);
            Files.writeString(file, guide);
        }
        assertEquals(table, guide.substring(start + TABLE_START.length(), guide.indexOf(TABLE_END)),
                "docs/user-guide.md's table of codes is out of date; replace it with the expected text");
    }

    private static final String TABLE_START = "<!-- codes: generated from org.baocao.source.Message by MessageTest -->\n";
    private static final String TABLE_END = "<!-- end of codes -->";

    private static String codeTable() {
        StringBuilder out = new StringBuilder("| Code | Message (English) | Thông báo (tiếng Việt) |\n|---|---|---|\n");
        for (Message entry : Message.diagnostics()) {
            out.append("| ").append(entry.code()).append(" | ").append(cell(entry.text(ToolLanguage.EN)))
                    .append(" | ").append(cell(entry.text(ToolLanguage.VI))).append(" |\n");
        }
        return out.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(m.group());
        return found;
    }
}
