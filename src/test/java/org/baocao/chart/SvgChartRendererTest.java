package org.baocao.chart;

import static org.baocao.chart.SampleCharts.values;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

class SvgChartRendererTest {
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final Pattern COMMA_DECIMAL = Pattern.compile("\\d,\\d");

    private final SvgChartRenderer vi = new SvgChartRenderer(Locale.forLanguageTag("vi-VN"), ChartWords.vietnamese());
    private final SvgChartRenderer en = new SvgChartRenderer(Locale.forLanguageTag("en-GB"), ChartWords.english());

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    /** Parses and checks what every chart must satisfy. */
    private static Document checkValid(String svg, String domId) throws Exception {
        Document doc = parse(svg);
        Element root = doc.getDocumentElement();
        assertEquals(SVG_NS, root.getNamespaceURI());
        assertEquals("svg", root.getLocalName());
        assertEquals(domId, root.getAttribute("id"));
        assertEquals("img", root.getAttribute("role"));
        assertEquals("100%", root.getAttribute("width"));
        assertFalse(root.hasAttribute("height"));
        assertEquals(domId + "-title " + domId + "-desc", root.getAttribute("aria-labelledby"));
        assertTrue(root.getAttribute("viewBox").matches("0 0 640 \\d+"), root.getAttribute("viewBox"));
        Element title = (Element) root.getElementsByTagNameNS(SVG_NS, "title").item(0);
        Element desc = (Element) root.getElementsByTagNameNS(SVG_NS, "desc").item(0);
        assertEquals(domId + "-title", title.getAttribute("id"));
        assertEquals(domId + "-desc", desc.getAttribute("id"));
        assertFalse(desc.getTextContent().isBlank());
        assertFalse(svg.contains("NaN"), "NaN in output");
        assertFalse(svg.contains("Infinity"), "Infinity in output");
        for (Element e : elements(doc)) {
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                String value = attrs.item(i).getNodeValue();
                assertFalse(COMMA_DECIMAL.matcher(value).find(),
                        () -> "locale-formatted number in attribute " + e.getTagName() + " = " + value);
            }
        }
        for (String forbidden : List.of("<style", "<script", "foreignObject", "dominant-baseline", "var(--")) {
            assertFalse(svg.contains(forbidden), forbidden);
        }
        return doc;
    }

    private static List<Element> elements(Document doc) {
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < all.getLength(); i++) {
            out.add((Element) all.item(i));
        }
        return out;
    }

    private static List<String> texts(Document doc) {
        NodeList nodes = doc.getElementsByTagNameNS(SVG_NS, "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent());
        }
        return out;
    }

    private static int count(Document doc, String tag) {
        return doc.getElementsByTagNameNS(SVG_NS, tag).getLength();
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void everyTypeRendersValidAccessibleSvgInBothLanguages(ChartType type) throws Exception {
        Document viDoc = checkValid(vi.render(SampleCharts.outreach(type, true), "c-vi"), "c-vi");
        Document enDoc = checkValid(en.render(SampleCharts.outreach(type, false), "c-en"), "c-en");
        Element root = viDoc.getDocumentElement();
        assertEquals("chart chart-" + type.name().toLowerCase(Locale.ROOT), root.getAttribute("class"));
        assertEquals("Hoạt động truyền thông", root.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
        assertTrue(texts(viDoc).contains("Đơn vị: lần"));
        assertTrue(texts(enDoc).contains("Unit: times"));
    }

    @Test
    void valuesAreFormattedInTheLocale() throws Exception {
        for (ChartType type : List.of(ChartType.BAR, ChartType.COLUMN, ChartType.LINE)) {
            List<String> viTexts = texts(parse(vi.render(SampleCharts.outreach(type, true), "a")));
            List<String> enTexts = texts(parse(en.render(SampleCharts.outreach(type, false), "a")));
            assertTrue(viTexts.contains("36.176"), type + " vi " + viTexts);
            assertTrue(enTexts.contains("36,176"), type + " en " + enTexts);
            assertTrue(viTexts.contains("471"), type + " vi " + viTexts);
        }
        Chart decimals = new Chart("d", ChartType.COLUMN, "T", null, List.of("A", "B"),
                List.of(new Series("s", values(48.75, 152730))));
        assertTrue(texts(parse(vi.render(decimals, "d"))).containsAll(List.of("48,75", "152.730")));
        assertTrue(texts(parse(en.render(decimals, "d"))).containsAll(List.of("48.75", "152,730")));
    }

    @Test
    void descriptionsReadTheDataAloud() {
        assertEquals("Column chart: Outreach activities (times). Conferences: 471; News items: 36,176.",
                en.describe(SampleCharts.outreach(ChartType.COLUMN, false)));
        assertEquals("Biểu đồ cột: Hoạt động truyền thông (lần). Hội nghị: 471; Tin bài: 36.176.",
                vi.describe(SampleCharts.outreach(ChartType.COLUMN, true)));
        assertEquals("Pie chart: Outreach activities (times). Conferences: 471 (1.3%); News items: 36,176 (98.7%). "
                + "Total: 36,647.", en.describe(SampleCharts.outreach(ChartType.PIE, false)));
        assertEquals("Biểu đồ tròn: Hoạt động truyền thông (lần). Hội nghị: 471 (1,3%); Tin bài: 36.176 (98,7%). "
                + "Tổng: 36.647.", vi.describe(SampleCharts.outreach(ChartType.PIE, true)));
        String multi = vi.describe(SampleCharts.members(ChartType.BAR));
        assertTrue(multi.startsWith("Biểu đồ thanh: Thành viên theo khu vực (người). 2023 — Miền Bắc: 52.310; "), multi);
        assertTrue(multi.contains(" 2024 — Miền Bắc: 53.120;"), multi);
        String gap = vi.describe(SampleCharts.monthly());
        assertTrue(gap.contains("Tháng 4: không có số liệu;"), gap);
    }

    @Test
    void renderingIsDeterministic() {
        for (Chart c : SampleCharts.all()) {
            assertEquals(vi.render(c, "x"), vi.render(c, "x"));
        }
    }

    @Test
    void allSamplesAreValid() throws Exception {
        for (Chart c : SampleCharts.all()) {
            checkValid(vi.render(c, "s-" + c.id()), "s-" + c.id());
            checkValid(en.render(c, "s-" + c.id()), "s-" + c.id());
        }
    }

    @Test
    void textIsEscaped() throws Exception {
        String nasty = "R&D <\"quoted\"> 'single'";
        Chart c = new Chart("e", ChartType.BAR, nasty, nasty, List.of(nasty, "B"),
                List.of(new Series(nasty, values(1, 2)), new Series("x", values(3, 4))));
        Document doc = checkValid(en.render(c, "esc"), "esc");
        assertEquals(nasty, doc.getElementsByTagNameNS(SVG_NS, "title").item(0).getTextContent());
        assertTrue(doc.getElementsByTagNameNS(SVG_NS, "desc").item(0).getTextContent().contains(nasty));
    }

    @Test
    void smallBarNextToHugeBarIsVisibleAndLabelled() throws Exception {
        Document doc = checkValid(en.render(SampleCharts.outreach(ChartType.BAR, false), "b"), "b");
        assertTrue(texts(doc).contains("471"));
        NodeList rects = doc.getElementsByTagNameNS(SVG_NS, "rect");
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < rects.getLength(); i++) {
            smallest = Math.min(smallest, Double.parseDouble(((Element) rects.item(i)).getAttribute("width")));
        }
        assertTrue(smallest >= 1.5, "bar width " + smallest);
    }

    @Test
    void singleCategory() throws Exception {
        for (ChartType type : ChartType.values()) {
            Chart c = new Chart("one", type, "One", null, List.of("Only"), List.of(new Series("s", values(42))));
            Document doc = checkValid(en.render(c, "one"), "one");
            assertTrue(texts(doc).contains(type == ChartType.PIE ? "100%" : "42"), type + " " + texts(doc));
        }
    }

    @Test
    void manyCategoriesOnALineWithAGap() throws Exception {
        Document doc = checkValid(vi.render(SampleCharts.monthly(), "m"), "m");
        // The missing April value splits the line in two and gets no marker.
        assertEquals(2, count(doc, "polyline"));
        assertEquals(11, count(doc, "circle"));
        assertTrue(texts(doc).contains("195"));
    }

    @Test
    void negativeColumnsHangBelowZero() throws Exception {
        Document doc = checkValid(vi.render(SampleCharts.balance(), "n"), "n");
        assertTrue(texts(doc).containsAll(List.of("-15", "20,75", "-8,25")), texts(doc).toString());
        // Find the zero line: the axis line drawn after the columns.
        NodeList lines = doc.getElementsByTagNameNS(SVG_NS, "line");
        Element axis = (Element) lines.item(lines.getLength() - 1);
        double zeroY = Double.parseDouble(axis.getAttribute("y1"));
        int below = 0;
        NodeList rects = doc.getElementsByTagNameNS(SVG_NS, "rect");
        for (int i = 0; i < rects.getLength(); i++) {
            Element r = (Element) rects.item(i);
            if (Math.abs(Double.parseDouble(r.getAttribute("y")) - zeroY) < 0.01) {
                below++;
            }
        }
        assertEquals(2, below);
        assertTrue(texts(doc).contains("0"), "zero tick");
    }

    @Test
    void negativeLineAndBar() throws Exception {
        Chart line = new Chart("l", ChartType.LINE, "L", null, List.of("a", "b", "c"),
                List.of(new Series("s", values(-5, 10, -2.5))));
        checkValid(en.render(line, "l"), "l");
        Chart bar = new Chart("b", ChartType.BAR, "B", null, List.of("a", "b"),
                List.of(new Series("s", values(-500, 1000))));
        assertTrue(texts(checkValid(en.render(bar, "b"), "b")).contains("-500"));
    }

    @Test
    void emptyStatesNeverProduceNaN() throws Exception {
        Chart zeroPie = new Chart("z", ChartType.PIE, "Zero", null, List.of("a", "b"),
                List.of(new Series("s", values(0, 0))));
        Document doc = checkValid(vi.render(zeroPie, "z"), "z");
        assertTrue(texts(doc).contains("Không có số liệu"));
        assertEquals(0, count(doc, "path"));
        assertEquals("Biểu đồ tròn: Zero. Không có số liệu.", vi.describe(zeroPie));

        for (ChartType type : ChartType.values()) {
            Chart noCategories = new Chart("e", type, "Empty", null, List.of(), List.of());
            checkValid(en.render(noCategories, "e"), "e");
            Chart allMissing = new Chart("m", type, "Missing", null, List.of("a"),
                    List.of(new Series("s", values((Number) null))));
            assertTrue(texts(checkValid(en.render(allMissing, "m"), "m")).contains("No data"));
            Chart allZero = new Chart("0", type, "Zeros", null, List.of("a", "b"),
                    List.of(new Series("s", values(0, 0))));
            checkValid(en.render(allZero, "zero"), "zero");
        }
    }

    @Test
    void seriesShorterThanCategoriesCountsAsMissing() throws Exception {
        Chart c = new Chart("s", ChartType.COLUMN, "Short", null, List.of("a", "b", "c"),
                List.of(new Series("s", values(1))));
        checkValid(en.render(c, "s"), "s");
        assertEquals("Column chart: Short. a: 1; b: no data; c: no data.", en.describe(c));
    }

    @Test
    void legendOnlyForSeveralSeries() throws Exception {
        Document multi = parse(vi.render(SampleCharts.members(ChartType.COLUMN), "x"));
        assertTrue(texts(multi).containsAll(List.of("2023", "2024")));
        Document single = parse(en.render(SampleCharts.outreach(ChartType.COLUMN, false), "x"));
        assertFalse(texts(single).contains("2024"));
    }

    @Test
    void pieLegendShowsValueAndPercent() throws Exception {
        Document doc = checkValid(en.render(SampleCharts.outreach(ChartType.PIE, false), "p"), "p");
        assertTrue(texts(doc).contains("36,176 (98.7%)"), texts(doc).toString());
        assertTrue(texts(doc).contains("98.7%"), "slice label");
        Document viDoc = parse(vi.render(SampleCharts.outreach(ChartType.PIE, true), "p"));
        assertTrue(texts(viDoc).contains("36.176 (98,7%)"), texts(viDoc).toString());
    }

    @Test
    void longCategoryNamesAreWrappedNeverCut() throws Exception {
        Document doc = parse(vi.render(SampleCharts.members(ChartType.BAR), "w"));
        // "Các tổ chức thành viên ở nước ngoài và cộng đồng người Việt Nam" takes three lines, all of its words.
        assertTrue(texts(doc).containsAll(List.of("Các tổ chức thành viên ở", "nước ngoài và cộng đồng", "người Việt Nam")), texts(doc).toString());
        assertTrue(texts(doc).stream().noneMatch(t -> t.endsWith(TextMetrics.ELLIPSIS)), texts(doc).toString());
        for (String t : texts(doc)) {
            assertTrue(TextMetrics.width(t, Layout.WIDE.font) < 640 * 0.4, t);
        }
    }

    @Test
    void blankDomIdIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> en.render(SampleCharts.budget(), " "));
    }

    @Test
    void chartAcceptsNullUnitAndValues() {
        Chart c = new Chart("n", ChartType.BAR, null, " ", List.of("a"), List.of(new Series(null, values((Number) null))));
        assertNull(c.unit());
        assertEquals("", c.title());
    }
}
