package org.baocao.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ToolLanguageTest {

    @Test
    void baocaoLangDecidesFirst() {
        assertEquals(ToolLanguage.VI, ToolLanguage.resolve(Map.of("BAOCAO_LANG", "vi", "LANG", "en_GB.UTF-8"), Locale.ENGLISH));
        assertEquals(ToolLanguage.EN, ToolLanguage.resolve(Map.of("BAOCAO_LANG", "en", "LANG", "vi_VN.UTF-8"), Locale.ENGLISH));
    }

    @Test
    void elseTheSystemLanguageInPosixOrder() {
        assertEquals(ToolLanguage.VI, ToolLanguage.resolve(Map.of("LANG", "vi_VN.UTF-8"), Locale.ENGLISH));
        assertEquals(ToolLanguage.EN, ToolLanguage.resolve(Map.of("LC_ALL", "C", "LANG", "vi_VN.UTF-8"), Locale.ENGLISH));
        assertEquals(ToolLanguage.VI, ToolLanguage.resolve(Map.of("LC_MESSAGES", "vi_VN", "LANG", "en_US.UTF-8"), Locale.ENGLISH));
        assertEquals(ToolLanguage.VI, ToolLanguage.resolve(Map.of(), Locale.forLanguageTag("vi-VN")));
        assertEquals(ToolLanguage.EN, ToolLanguage.resolve(Map.of(), Locale.FRANCE));
    }

    @Test
    void onlyVietnameseIsVietnamese() {
        assertEquals(ToolLanguage.EN, ToolLanguage.of("video"));
        assertEquals(ToolLanguage.VI, ToolLanguage.of("VI"));
        assertEquals(ToolLanguage.VI, ToolLanguage.of("vi-VN"));
    }
}
