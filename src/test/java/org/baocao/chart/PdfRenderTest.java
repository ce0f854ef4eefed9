package org.baocao.chart;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Proves Batik (through openhtmltopdf) accepts every chart type. Set -Dchart.pdf.dir=/tmp/x to keep
 * the PDFs for a visual check (e.g. pdftoppm -png -r 80).
 */
class PdfRenderTest {
    private static final String[][] FONT_FACES = {
        {"LiberationSans-Regular.ttf", "400"}, {"LiberationSans-Bold.ttf", "700"}};

    private static InputStream font(String file) {
        return PdfRenderTest.class.getResourceAsStream("/liberation/" + file);
    }

    @Test
    void everyChartTypeRendersToPdf() throws Exception {
        List<Chart> charts = new ArrayList<>(SampleCharts.all());
        for (ChartType type : ChartType.values()) {
            charts.add(SampleCharts.outreach(type, true));
        }
        charts.add(new Chart("one", ChartType.PIE, "Một phần", null, List.of("Tất cả"),
                List.of(new Series("s", SampleCharts.values(42)))));
        charts.add(new Chart("zero", ChartType.PIE, "Trống", null, List.of("a", "b"),
                List.of(new Series("s", SampleCharts.values(0, 0)))));
        charts.add(SampleCharts.members(ChartType.PIE));

        render("vi", new SvgChartRenderer(Locale.forLanguageTag("vi-VN"), ChartWords.vietnamese()), charts);
        List<Chart> english = List.of(SampleCharts.outreach(ChartType.BAR, false),
                SampleCharts.outreach(ChartType.COLUMN, false), SampleCharts.outreach(ChartType.LINE, false),
                SampleCharts.outreach(ChartType.PIE, false));
        render("en", new SvgChartRenderer(Locale.forLanguageTag("en-GB"), ChartWords.english()), english);
    }

    private static void render(String name, SvgChartRenderer renderer, List<Chart> charts) throws Exception {
        StringBuilder html = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>Charts</title>
                <style>@page { size: A4; margin: 20mm; } body { font-family: 'Liberation Sans'; }
                figure { margin: 0 0 8mm 0; page-break-inside: avoid; }</style></head><body>
                """);
        int n = 0;
        for (Chart c : charts) {
            html.append("<figure><figcaption>").append(SvgBuilder.escape(c.title())).append("</figcaption>")
                    .append(renderer.render(c, "chart-" + n++)).append("</figure>\n");
        }
        html.append("</body></html>");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        // Fonts given to the builder are also the fonts Batik finds for the charts' font-family.
        for (var face : FONT_FACES) {
            b.useFont(() -> font(face[0]), "Liberation Sans", Integer.valueOf(face[1]), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        b.useSVGDrawer(new BatikSVGDrawer());
        b.withHtmlContent(html.toString(), null);
        b.toStream(out);
        b.run();
        byte[] pdf = out.toByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertTrue(doc.getNumberOfPages() >= 1);
        }
        String dir = System.getProperty("chart.pdf.dir");
        if (dir != null) {
            Files.createDirectories(Path.of(dir));
            Files.write(Path.of(dir, "charts-" + name + ".pdf"), pdf);
            Files.writeString(Path.of(dir, "charts-" + name + ".xhtml"), html);
        }
    }
}
