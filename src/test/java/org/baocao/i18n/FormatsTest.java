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
        assertEquals("\u22123,5", vi.number(new BigDecimal("-3.5")), "a true minus sign, not a hyphen");
    }

    @Test
    void fixedDecimalsAndNegativesAsFinancialStatementsPrintThem() {
        NumberStyle one = new NumberStyle(1, NumberStyle.Negative.MINUS);
        NumberStyle parentheses = new NumberStyle(1, NumberStyle.Negative.PARENTHESES);
        assertEquals("968,0", vi.number(new BigDecimal("968"), one));
        assertEquals("1,102.3", en.number(new BigDecimal("1102.25"), one), "rounded half up");
        assertEquals("\u221212,4", vi.number(new BigDecimal("-12.4"), one));
        assertEquals("(12,4)", vi.number(new BigDecimal("-12.4"), parentheses));
        assertEquals("(1,102.3)", en.number(new BigDecimal("-1102.3"), parentheses));
        assertEquals("0,0", vi.number(new BigDecimal("-0.04"), one), "no sign on what rounds to zero");
        assertEquals("16,5%", vi.percent(new BigDecimal("16.5"), one));
        assertEquals("17.0%", en.percent(new BigDecimal("17"), one));
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
