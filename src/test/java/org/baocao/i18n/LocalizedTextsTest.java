package org.baocao.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Locale;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlParser;
import org.baocao.yaml.YamlValue;
import org.junit.jupiter.api.Test;

class LocalizedTextsTest {
    private final Diagnostics diagnostics = new Diagnostics();
    private final LocalizedTexts texts = new LocalizedTexts(new Languages(List.of(
            new Language("vi", Locale.forLanguageTag("vi-VN"), "Tiếng Việt"),
            new Language("en", Locale.forLanguageTag("en-GB"), "English"))), diagnostics);

    private LocalizedText read(String yaml) {
        YamlValue.Mapping root = (YamlValue.Mapping) new YamlParser(diagnostics).parse(new SourceFile("data/x.yaml", yaml), yaml, 1);
        return texts.read(root.get("title"), "chart title");
    }

    private List<String> messages() {
        return diagnostics.sorted().stream().map(d -> d.headline() + " | " + d.hint()).toList();
    }

    @Test
    void anUnquotedCommaNamesTheCutOffWordsAndShowsTheTextInQuotes() {
        assertNull(read("title: {vi: Sen Vàng, theo mùa, en: Golden Lotus, by season}\n"));
        assertEquals(List.of(
                "data/x.yaml:1:23: error: 'theo mùa' is not a language: a comma inside {…} ends the text"
                        + " | put the text in quotes: {vi: \"Sen Vàng, theo mùa\", en: ...}",
                "data/x.yaml:1:51: error: 'by season' is not a language: a comma inside {…} ends the text"
                        + " | put the text in quotes: {vi: ..., en: \"Golden Lotus, by season\"}"), messages());
    }

    @Test
    void aCountryCodeForALanguageSuggestsTheLanguage() {
        assertNull(read("title: {vn: Sen Vàng, en: Golden Lotus}\n"));
        assertEquals(List.of("data/x.yaml:1:9: error: unknown language 'vn' | did you mean 'vi'?"), messages());
    }

    @Test
    void aLanguageTheSiteDoesNotHaveListsTheSiteLanguages() {
        assertNull(read("title: {vi: Sen Vàng, en: Golden Lotus, fr: Lotus d'or}\n"));
        assertEquals(List.of("data/x.yaml:1:41: error: unknown language 'fr' | the site's languages (site.yaml) are: vi, en"), messages());
    }

    @Test
    void aMappingOfOtherThingsKeepsTheGeneralMessage() {
        assertNull(read("title: {text: Sen Vàng, size: 3}\n"));
        assertEquals(List.of("data/x.yaml:1:8: error: chart title must be a text or a text per language, found a mapping"
                + " | write it as {vi: ..., en: ...}"), messages());
    }
}
