package org.baocao.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {
    // The patterns of the default theme's i18n/vi.yaml and i18n/en.yaml.
    private final Formats vi = new Formats(Locale.forLanguageTag("vi-VN"), "dd/MM/yyyy", "VND");
    private final Formats en = new Formats(Locale.forLanguageTag("en-GB"), "d MMMM yyyy", "VND");

    @Test
    void numbersGroupThousandsTheLanguagesWay() {
        assertEquals("152.730", vi.number(new BigDecimal("152730")));
        assertEquals("152,730", en.number(new BigDecimal("152730")));
        assertEquals("48,75", vi.number(new BigDecimal("48.75")));
        assertEquals("48.75", en.number(new BigDecimal("48.75")));
        assertEquals("1.234.567,125", vi.number(new BigDecimal("1234567.125")));
        assertEquals("-3,5", vi.number(new BigDecimal("-3.5")));
    }

    @Test
    void percentagesAreWrittenAsPeopleTypeThem() {
        assertEquals("48,75%", vi.percent(new BigDecimal("48.75")));
        assertEquals("48.75%", en.percent(new BigDecimal("48.75")));
        assertEquals("100%", en.percent(new BigDecimal("100")));
    }

    @Test
    void amountsInDongHaveNoDecimalsAndTheDongSign() {
        assertEquals("1.250.000.000 ₫", vi.currency(new BigDecimal("1250000000")).replace('\u00A0', ' '));
        assertEquals("₫1,250,000,000", en.currency(new BigDecimal("1250000000")));
        assertEquals("₫1,251", en.currency(new BigDecimal("1250.6")));
    }

    @Test
    void datesFollowEachLanguagesPattern() {
        assertEquals("20/11/2020", vi.date(LocalDate.of(2020, 11, 20)));
        assertEquals("20 November 2020", en.date(LocalDate.of(2020, 11, 20)));
        assertEquals("05/01/2021", vi.date(LocalDate.of(2021, 1, 5)));
    }
}
