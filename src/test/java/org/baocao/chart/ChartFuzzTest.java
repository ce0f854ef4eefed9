package org.baocao.chart;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.baocao.FuzzBound;

/**
 * Any chart the content can describe (any texts, any number of categories and series, values of any size, sign and
 * precision, gaps) becomes well-formed SVG whose coordinates are numbers, never an exception or a hang. Without
 * JAZZER_FUZZ it runs the inputs of ChartFuzzTestInputs/anyChart/; docs/development.md says how to fuzz longer.
 */
class ChartFuzzTest {
    /** A coordinate or length that is not a number: Infinity or NaN printed into an attribute. */
    private static final Pattern NOT_A_NUMBER = Pattern.compile("=\"[^\"]*(NaN|Infinity)[^\"]*\"");

    @FuzzTest(maxDuration = "20s")
    void anyChart(FuzzedDataProvider data) throws Exception {
        FuzzBound.within(30, () -> drawChart(data));
    }

    private static void drawChart(FuzzedDataProvider data) throws Exception {
        Locale locale = data.consumeBoolean() ? Locale.forLanguageTag("vi-VN") : Locale.forLanguageTag("en-GB");
        ChartWords words = locale.getLanguage().equals("vi") ? ChartWords.vietnamese() : ChartWords.english();
        ChartType type = data.pickValue(ChartType.values());
        String title = data.consumeString(40);
        String unit = data.consumeBoolean() ? data.consumeString(12) : null;
        List<String> categories = new ArrayList<>();
        int categoryCount = data.consumeInt(0, 14);
        for (int i = 0; i < categoryCount; i++) categories.add(data.consumeString(30));
        List<Series> series = new ArrayList<>();
        int seriesCount = data.consumeInt(0, 6);
        for (int s = 0; s < seriesCount; s++) {
            String name = data.consumeString(20);
            List<BigDecimal> values = new ArrayList<>();
            int valueCount = data.consumeInt(0, categoryCount + 1);
            for (int v = 0; v < valueCount; v++) values.add(data.consumeBoolean() ? null : value(data));
            series.add(new Series(name, values));
        }
        Chart chart = new Chart("fuzz.chart", type, title, unit, categories, series);
        SvgChartRenderer renderer = new SvgChartRenderer(locale, words);
        for (String svg : List.of(renderer.render(chart, "c1"), renderer.renderCompact(chart, "c2"))) {
            assertTrue(svg.startsWith("<svg"), svg);
            assertFalse(NOT_A_NUMBER.matcher(svg).find(), svg);
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        }
        assertFalse(renderer.describe(chart).isBlank());
    }

    /** A number as a spreadsheet or a data set may give it: up to 40 digits, a decimal point anywhere, either sign. */
    private static BigDecimal value(FuzzedDataProvider data) {
        byte[] digits = data.consumeBytes(17);
        BigInteger unscaled = digits.length == 0 ? BigInteger.ZERO : new BigInteger(digits);
        return new BigDecimal(unscaled, data.consumeInt(-20, 20));
    }
}
