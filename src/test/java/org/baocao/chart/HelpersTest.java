package org.baocao.chart;

import org.baocao.brand.Wcag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HelpersTest {
    @Test
    void attributeNumbersArePlain() {
        assertEquals("12.5", SvgBuilder.num(12.5));
        assertEquals("0.33", SvgBuilder.num(1.0 / 3));
        assertEquals("100", SvgBuilder.num(100.0));
        assertEquals("0", SvgBuilder.num(-0.001));
        assertEquals("1234567", SvgBuilder.num(1234567.0));
        assertThrows(IllegalStateException.class, () -> SvgBuilder.num(Double.NaN));
    }

    @Test
    void niceTicks() {
        NiceScale s = NiceScale.of(0, 36176, 5);
        assertEquals(0, s.min.signum());
        assertEquals(new BigDecimal("40000"), s.max.stripTrailingZeros().setScale(0));
        assertEquals(List.of("0", "10,000", "20,000", "30,000", "40,000"),
                s.ticks().stream().map(t -> new Numbers(Locale.UK).tick(t, s.fractionDigits())).toList());

        NiceScale neg = NiceScale.of(-15, 20.75, 5);
        assertTrue(neg.min.doubleValue() <= -15 && neg.max.doubleValue() >= 20.75);
        assertTrue(neg.ticks().stream().anyMatch(t -> t.signum() == 0), "zero is a tick");

        NiceScale tiny = NiceScale.of(0, 0.03, 5);
        assertEquals(2, tiny.fractionDigits());
        NiceScale flat = NiceScale.of(0, 0, 5);
        assertEquals(1, flat.max.intValue());
        NiceScale single = NiceScale.of(5, 5, 5);
        assertTrue(single.min.doubleValue() < 5 && single.max.doubleValue() > 5);
    }

    @Test
    void percentAndNumbersFollowTheLocale() {
        Numbers vi = new Numbers(Locale.forLanguageTag("vi-VN"));
        Numbers en = new Numbers(Locale.forLanguageTag("en-GB"));
        assertEquals("48,8%", vi.percent(0.4875));
        assertEquals("48.8%", en.percent(0.4875));
        assertEquals("152.730", vi.value(new BigDecimal("152730")));
        assertEquals("48,75", vi.value(new BigDecimal("48.75")));
        assertEquals("0", en.value(new BigDecimal("-0.001")));
        assertEquals("2.5", en.tick(new BigDecimal("2.5"), 1));
    }

    @Test
    void wrapping() {
        assertEquals(List.of("Short"), TextMetrics.wrap("Short", 200, 14, 2));
        List<String> two = TextMetrics.wrap("Miền Trung và Tây Nguyên", 100, 14, 2);
        assertEquals(2, two.size());
        assertEquals("Miền Trung và Tây Nguyên", String.join(" ", two));
        List<String> cut = TextMetrics.wrap("Các tổ chức thành viên ở nước ngoài và cộng đồng", 100, 14, 2);
        assertEquals(2, cut.size());
        assertTrue(cut.get(1).endsWith(TextMetrics.ELLIPSIS));
        List<String> word = TextMetrics.wrap("Supercalifragilisticexpialidocious", 60, 14, 2);
        assertEquals(1, word.size());
        assertTrue(word.get(0).endsWith(TextMetrics.ELLIPSIS));
        for (String l : cut) {
            assertTrue(TextMetrics.width(l, 14) <= 100, l);
        }
        // Vietnamese letters measure like their base letters, composed or not.
        assertEquals(TextMetrics.width("Viet", 14), TextMetrics.width("Việt", 14), 0.001);
    }

    @Test
    void paletteHasEnoughContrast() {
        for (String c : Palette.DEFAULT_SERIES) {
            assertTrue(Wcag.contrast(c, Palette.WHITE) >= 3, c + " " + Wcag.contrast(c, Palette.WHITE));
            assertTrue(Wcag.contrast(c, Palette.textOn(c)) >= 4.5, c + " label");
        }
        assertTrue(Wcag.contrast(Palette.TEXT, Palette.WHITE) >= 4.5);
        assertTrue(Wcag.contrast(Palette.MUTED_TEXT, Palette.WHITE) >= 4.5);
    }
}
