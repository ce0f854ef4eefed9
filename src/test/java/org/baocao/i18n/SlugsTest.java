package org.baocao.i18n;

import java.text.Normalizer;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugsTest {
    @Test
    void vietnameseTitlesLoseTheirDiacriticsAndDBecomesD() {
        assertEquals("to-chuc-bo-may", Slugs.of("Tổ chức bộ máy"));
        assertEquals("dai-hoi-dai-bieu", Slugs.of("Đại hội đại biểu"));
        assertEquals("bao-cao-tong-ket-nhiem-ky-2016-2020", Slugs.of("Báo cáo tổng kết nhiệm kỳ 2016–2020"));
    }

    @Test
    void everyVietnameseVowelWithEveryToneFolds() {
        String vowels = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ";
        assertEquals("a".repeat(18) + "e".repeat(12) + "i".repeat(6) + "o".repeat(18) + "u".repeat(12) + "y".repeat(6),
                Slugs.of(vowels));
        assertEquals(Slugs.of(vowels), Slugs.of(vowels.toUpperCase(Locale.ROOT)));
        assertEquals(Slugs.of(vowels), Slugs.of(Normalizer.normalize(vowels, Normalizer.Form.NFD)));
    }

    @Test
    void punctuationAndSpacesBecomeSingleHyphens() {
        assertEquals("tuyen-truyen-chu-truong-chinh-sach", Slugs.of("  Tuyên truyền: chủ trương, chính sách!  "));
        assertEquals("hop-tac-xa-sen-vang-2024", Slugs.of("Hợp tác xã «Sen Vàng» (2024)"));
        assertEquals("a-b", Slugs.of("a — / — b"));
    }

    @Test
    void aTitleWithoutLettersOrDigitsGetsAUsableSlug() {
        assertEquals("section", Slugs.of("★ ★ ★"));
    }
}
