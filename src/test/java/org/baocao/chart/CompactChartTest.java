package org.baocao.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The compact shape of a chart, drawn for a phone: 360 units wide, every text legible at about 340 px. */
class CompactChartTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final double VIEWBOX_WIDTH = 360;
    /** What a 375 px phone leaves for the chart between the page's margins. */
    private static final double PHONE_CHART_PX = 340;
    private static final double MIN_LEGIBLE_PX = 11;
    private static final Pattern VIEWBOX = Pattern.compile("0 0 360 (\\d+)");
    private static final Pattern ROTATE = Pattern.compile("rotate\\(-45 (\\S+) (\\S+)\\)");
    private static final Pattern SLICE = Pattern.compile("M(\\S+) (\\S+) L\\S+ \\S+ A(\\S+) ");

    private final SvgChartRenderer vi = new SvgChartRenderer(Locale.forLanguageTag("vi-VN"), ChartWords.vietnamese());
    private final SvgChartRenderer en = new SvgChartRenderer(Locale.forLanguageTag("en-GB"), ChartWords.english());

    /** A drawn text with what it inherits from its groups. */
    private record Text(String content, double x, double y, double fontSize, String anchor, String transform) {
        double width() {
            return TextMetrics.width(content, fontSize);
        }
    }

    private static List<Chart> charts() {
        List<Chart> all = new ArrayList<>(SampleCharts.all());
        for (ChartType type : ChartType.values()) {
            all.add(SampleCharts.outreach(type, false));
            all.add(SampleCharts.members(type));
        }
        all.add(new Chart("one", ChartType.BAR, "One", null, List.of("Only"), List.of(new Series("s", SampleCharts.values(42)))));
        all.add(negativeBar());
        all.add(new Chart("empty", ChartType.PIE, "Empty", null, List.of("a", "b"), List.of(new Series("s", SampleCharts.values(0, 0)))));
        return all;
    }

    private static Chart negativeBar() {
        return new Chart("neg", ChartType.BAR, "Negative", "tỷ đồng", List.of("Thu", "Chi"),
                List.of(new Series("s", SampleCharts.values(-500.5, 1000))));
    }

    /** Parses and checks what every compact chart must satisfy; returns its texts. */
    private static List<Text> checkCompact(String svg, String domId) throws Exception {
        assertFalse(svg.contains("NaN") || svg.contains("Infinity"), svg);
        Document doc = SvgChartRendererTest.parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals(domId, root.getAttribute("id"));
        assertTrue(root.getAttribute("class").endsWith(" chart-compact"), root.getAttribute("class"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals(domId + "-title " + domId + "-desc", root.getAttribute("aria-labelledby"));
        assertEquals(domId + "-title", ((Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0)).getAttribute("id"));
        assertEquals(domId + "-desc", ((Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0)).getAttribute("id"));
        Matcher viewBox = VIEWBOX.matcher(root.getAttribute("viewBox"));
        assertTrue(viewBox.matches(), root.getAttribute("viewBox"));
        double height = Double.parseDouble(viewBox.group(1));
        for (String forbidden : List.of("<style", "<script", "foreignObject", "dominant-baseline")) {
            assertFalse(svg.contains(forbidden), forbidden);
        }
        List<Text> texts = texts(doc);
        assertFalse(texts.isEmpty());
        for (Text t : texts) {
            double px = t.fontSize() / VIEWBOX_WIDTH * PHONE_CHART_PX;
            assertTrue(px >= MIN_LEGIBLE_PX, () -> "'" + t.content() + "' would be " + px + " px on a phone");
            assertTrue(t.y() > 0 && t.y() <= height, () -> "'" + t.content() + "' at y " + t.y() + " outside 0.." + height);
            double left;
            double right;
            if (t.transform() != null) {
                // Turned by 45° about its end: it runs down and to the left from there.
                Matcher rotate = ROTATE.matcher(t.transform());
                assertTrue(rotate.matches(), t.transform());
                assertEquals("end", t.anchor());
                assertEquals(t.x(), Double.parseDouble(rotate.group(1)), 0.01);
                right = t.x();
                left = t.x() - t.width() * Math.sqrt(0.5);
                assertTrue(t.y() + t.width() * Math.sqrt(0.5) <= height, () -> "'" + t.content() + "' runs off the bottom");
            } else {
                left = switch (t.anchor()) {
                    case "middle" -> t.x() - t.width() / 2;
                    case "end" -> t.x() - t.width();
                    default -> t.x();
                };
                right = left + t.width();
            }
            assertTrue(left >= 0 && right <= VIEWBOX_WIDTH,
                    () -> "'" + t.content() + "' spans " + left + ".." + right + ", outside the 360-unit viewBox");
        }
        return texts;
    }

    private static List<Text> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<Text> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            String transform = e.hasAttribute("transform") ? e.getAttribute("transform") : null;
            out.add(new Text(e.getTextContent(), Double.parseDouble(e.getAttribute("x")), Double.parseDouble(e.getAttribute("y")),
                    Double.parseDouble(inherited(e, "font-size", null)), inherited(e, "text-anchor", "start"), transform));
        }
        return out;
    }

    private static String inherited(Element e, String attribute, String otherwise) {
        for (Node n = e; n instanceof Element el; n = n.getParentNode()) {
            if (el.hasAttribute(attribute)) {
                return el.getAttribute(attribute);
            }
        }
        assertTrue(otherwise != null, "no " + attribute + " on " + e.getTextContent());
        return otherwise;
    }

    private static List<String> contents(List<Text> texts) {
        return texts.stream().map(Text::content).toList();
    }

    private static Text text(List<Text> texts, String content) {
        return texts.stream().filter(t -> t.content().equals(content)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + content + "' in " + contents(texts)));
    }

    private static List<Element> elements(Document doc, String tag) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    private static double number(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    @Test
    void everyChartIsValidAndLegibleOnAPhoneInBothLanguages() throws Exception {
        for (Chart chart : charts()) {
            checkCompact(vi.renderCompact(chart, "c-" + chart.id() + "-compact"), "c-" + chart.id() + "-compact");
            checkCompact(en.renderCompact(chart, "c-" + chart.id() + "-compact"), "c-" + chart.id() + "-compact");
        }
    }

    @Test
    void theWideShapeIsUnchangedBesideIt() throws Exception {
        Chart chart = SampleCharts.outreach(ChartType.COLUMN, false);
        Element wide = SvgChartRendererTest.parse(en.render(chart, "w")).getDocumentElement();
        assertEquals("chart chart-column", wide.getAttribute("class"));
        assertTrue(wide.getAttribute("viewBox").startsWith("0 0 640 "), wide.getAttribute("viewBox"));
        assertNotEquals(en.render(chart, "w"), en.renderCompact(chart, "w"));
        assertEquals(en.describe(chart), SvgChartRendererTest.parse(en.renderCompact(chart, "w-compact"))
                .getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent());
    }

    @Test
    void barLabelsSitAboveTheirBarsAcrossTheWholeWidth() throws Exception {
        String svg = vi.renderCompact(SampleCharts.members(ChartType.BAR), "b");
        List<Text> texts = checkCompact(svg, "b");
        Document doc = SvgChartRendererTest.parse(svg);
        List<Element> bars = elements(doc, "rect").stream().filter(r -> number(r, "height") > 12).toList();
        assertEquals(10, bars.size(), "two bars for each of five regions");
        // The longest region name wraps under itself instead of being squeezed into a column beside the bars.
        Text longest = text(texts, "Các tổ chức thành viên ở nước ngoài và cộng");
        assertEquals(4, longest.x());
        assertTrue(contents(texts).contains("đồng người Việt Nam"), contents(texts).toString());
        for (int region = 0; region < 5; region++) {
            String name = SampleCharts.members(ChartType.BAR).categories().get(region);
            Text label = texts.stream().filter(t -> name.startsWith(t.content())).findFirst().orElseThrow();
            Element firstBar = bars.get(2 * region);
            assertTrue(label.y() < number(firstBar, "y"), name + " is above its bars");
            assertTrue(region == 0 || label.y() > number(bars.get(2 * region - 1), "y"), name + " is below the bars before it");
        }
        assertTrue(contents(texts).containsAll(List.of("52.310", "63.010", "1.200", "9.475")), contents(texts).toString());
    }

    @Test
    void aNegativeBarKeepsItsValueInside() throws Exception {
        List<Text> texts = checkCompact(vi.renderCompact(negativeBar(), "n"), "n");
        assertEquals("end", text(texts, "-500,5").anchor());
        assertTrue(contents(texts).containsAll(List.of("Thu", "Chi", "1.000")), contents(texts).toString());
    }

    @Test
    void columnLegendGoesBelowThePlotAndLongCategoriesAreTurned() throws Exception {
        String svg = vi.renderCompact(SampleCharts.members(ChartType.COLUMN), "c");
        List<Text> texts = checkCompact(svg, "c");
        Document doc = SvgChartRendererTest.parse(svg);
        double lowestColumn = elements(doc, "rect").stream().filter(r -> number(r, "width") != 12)
                .mapToDouble(r -> number(r, "y") + number(r, "height")).max().orElseThrow();
        List<Text> turned = texts.stream().filter(t -> t.transform() != null).toList();
        assertEquals(5, turned.size(), "every region is named");
        assertEquals("Miền Bắc", turned.get(0).content());
        assertEquals("Miền Nam", turned.get(2).content());
        double lowestLabel = turned.stream().mapToDouble(t -> t.y() + t.width() * Math.sqrt(0.5)).max().orElseThrow();
        for (String series : List.of("2023", "2024")) {
            double legendY = text(texts, series).y();
            assertTrue(legendY > lowestColumn && legendY > lowestLabel, series + " at " + legendY + " is below the plot");
        }
    }

    @Test
    void shortCategoriesStayLevelAndEveryMonthIsNamed() throws Exception {
        List<Text> level = checkCompact(en.renderCompact(SampleCharts.outreach(ChartType.COLUMN, false), "l"), "l");
        assertTrue(level.stream().allMatch(t -> t.transform() == null));
        assertTrue(contents(level).containsAll(List.of("Conferences", "News items", "471", "36,176")), contents(level).toString());

        List<Text> monthly = checkCompact(vi.renderCompact(SampleCharts.monthly(), "m"), "m");
        List<String> turned = monthly.stream().filter(t -> t.transform() != null).map(Text::content).toList();
        assertEquals(SampleCharts.monthly().categories(), turned);
    }

    @Test
    void lineLegendGoesBelowThePlot() throws Exception {
        String svg = en.renderCompact(SampleCharts.members(ChartType.LINE), "l");
        List<Text> texts = checkCompact(svg, "l");
        Document doc = SvgChartRendererTest.parse(svg);
        // The data points, not the legend's smaller dots.
        double lowestPoint = elements(doc, "circle").stream().filter(c -> number(c, "r") == 4)
                .mapToDouble(c -> number(c, "cy")).max().orElseThrow();
        assertTrue(text(texts, "2023").y() > lowestPoint + 40);
        assertEquals(2, elements(doc, "polyline").size());
    }

    @Test
    void pieLegendGoesBelowThePie() throws Exception {
        String svg = vi.renderCompact(SampleCharts.budget(), "p");
        List<Text> texts = checkCompact(svg, "p");
        Matcher slice = SLICE.matcher(svg);
        assertTrue(slice.find(), svg);
        double cx = Double.parseDouble(slice.group(1));
        double pieBottom = Double.parseDouble(slice.group(2)) + Double.parseDouble(slice.group(3));
        assertEquals(VIEWBOX_WIDTH / 2, cx, 0.01, "the pie is centred");
        for (String row : List.of("Ngân sách nhà nước", "152.730 (51,2%)", "Khác", "4.000 (1,3%)")) {
            assertTrue(text(texts, row).y() > pieBottom, row + " is below the pie");
        }
        assertTrue(contents(texts).contains("51,2%"), "the largest slice is labelled");
    }

    @Test
    void compactRenderingIsDeterministic() {
        for (Chart chart : charts()) {
            assertEquals(vi.renderCompact(chart, "x"), vi.renderCompact(chart, "x"));
        }
    }
}
