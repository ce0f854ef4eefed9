package org.baocao.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.util.List;
import java.util.Locale;
import org.baocao.FuzzBound;
import org.baocao.i18n.Language;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedTexts;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;

/**
 * Any text as a data set, read by the YAML reader and the data-set reader: it ends as a data set or as positioned
 * diagnostics, never as an exception or a hang. Without JAZZER_FUZZ it runs the inputs of
 * DataSetFuzzTestInputs/anyText/ (seeds and what fuzzing found); docs/development.md says how to fuzz longer.
 */
class DataSetFuzzTest {
    private static final Languages LANGUAGES = new Languages(List.of(
            new Language("vi", Locale.forLanguageTag("vi-VN"), "Tiếng Việt"),
            new Language("en", Locale.forLanguageTag("en-GB"), "English")));

    @FuzzTest(maxDuration = "20s")
    void anyText(@NotNull String text) throws Exception {
        FuzzBound.within(30, () -> readAsDataSet(text));
    }

    private static void readAsDataSet(String text) {
        String normalized = SourceFile.normalize(text);
        SourceFile file = new SourceFile("content/reports/2020/data/members.yaml", normalized);
        Diagnostics diagnostics = new Diagnostics();
        YamlValue value = new YamlParser(diagnostics).parse(file, normalized, 1);
        if (value == null) {
            assertTrue(diagnostics.hasErrors(), "a refused text says why");
        } else if (value instanceof YamlValue.Mapping mapping) {
            DataSet set = new DataSetReader(LANGUAGES, new LocalizedTexts(LANGUAGES, diagnostics), diagnostics,
                    ReportFigures.of(List.of())).read("members", file, mapping);
            assertEquals(List.of("vi", "en"), List.copyOf(set.byLanguage().keySet()));
        }
        int lines = normalized.split("\n", -1).length;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertEquals(file.path(), diagnostic.file());
            assertTrue(diagnostic.line() >= 1 && diagnostic.line() <= lines, () -> "line of " + diagnostic.format());
            assertTrue(diagnostic.column() >= 1, () -> "column of " + diagnostic.format());
            assertTrue(!diagnostic.message().isBlank(), () -> "message of " + diagnostic.format());
        }
    }
}
