package org.baocao.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> REPORT_KEYS = List.of("title", "subtitle", "period", "published", "cover", "key_figures");

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertEquals("subtitle", Suggestions.closest("subtitel", REPORT_KEYS));
        assertEquals("published", Suggestions.closest("pubished", REPORT_KEYS));
        assertEquals("key_figures", Suggestions.closest("keyfigures", REPORT_KEYS));
        assertEquals("title", Suggestions.closest("Title", REPORT_KEYS));
    }

    @Test
    void suggestsNothingWhenNoCandidateIsClose() {
        assertNull(Suggestions.closest("organisation_logo", REPORT_KEYS));
        assertNull(Suggestions.closest("x", List.of()));
    }

    @Test
    void longerWordsTolerateMoreEdits() {
        assertEquals("outreach.people_reached", Suggestions.closest("outreach.peple_reachd", List.of("outreach.people_reached", "outreach.events")));
        assertNull(Suggestions.closest("abc", List.of("xyz")));
    }

    @Test
    void distanceIsTheLevenshteinDistance() {
        assertEquals(0, Suggestions.distance("sen", "sen"));
        assertEquals(3, Suggestions.distance("kitten", "sitting"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }

    @Test
    void findsALetterOfAnotherAlphabetThatLooksLatin() {
        String typed = "harvest.\u0430rea_ha"; // Cyrillic а
        assertEquals(8, Suggestions.lookAlikeAt(typed, "harvest.area_ha"));
        assertEquals("Cyrillic \u0430", Suggestions.describeLetter(typed.charAt(8)));
        assertEquals(-1, Suggestions.lookAlikeAt("harvest.erea_ha", "harvest.area_ha"), "a Latin typo is an ordinary typo");
        assertEquals(-1, Suggestions.lookAlikeAt("harvest.area_ha", "harvest.area_ha"));
    }
}
