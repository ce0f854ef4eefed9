package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.baocao.image.ImageCache;
import org.baocao.image.ImageFormat;
import org.baocao.image.ImageInfo;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an image is printed decides its pixels; a theme's own image goes through the pipeline too. */
class PrintImagesTest {
    private static final double TEXT_WIDTH_MM = 170;

    @TempDir
    Path temp;

    private PrintImages images(Diagnostics diagnostics) {
        return new PrintImages(Map.of(), ImageCache.in(temp.resolve("cache")), diagnostics, TEXT_WIDTH_MM);
    }

    @Test
    void theFiguresWidthAPercentageOfTheTextOrALengthElseTheTextWidth() {
        ImageInfo photo = new ImageInfo(ImageFormat.JPEG, 6000, 4000, 1, true);
        Document document = Jsoup.parse("""
                <figure style="width:35%"><img id="a" src="a.jpg"></figure>
                <figure class="right" style="width: 60mm"><img id="b" src="b.jpg"></figure>
                <p><img id="c" src="c.jpg"></p>
                <p><img id="small" src="d.jpg"></p>
                """);
        PrintImages images = images(new Diagnostics());
        assertEquals(59.5, images.printedWidthMm(img(document, "a"), photo), 0.01);
        assertEquals(60, images.printedWidthMm(img(document, "b"), photo), 0.01);
        assertEquals(170, images.printedWidthMm(img(document, "c"), photo), 0.01);
        // 300 pixels at 96 an inch: 79.4 mm, narrower than the text
        assertEquals(79.375, images.printedWidthMm(img(document, "small"), new ImageInfo(ImageFormat.PNG, 300, 100, 1, false)), 0.01);
    }

    @Test
    void anImageOfTheThemeIsEmbeddedAsItsPrintCopy() throws Exception {
        Path output = temp.resolve("output");
        BufferedImage logo = new BufferedImage(3000, 600, BufferedImage.TYPE_INT_ARGB);
        Files.createDirectories(output.resolve("assets"));
        ImageIO.write(logo, "png", output.resolve("assets/logo.png").toFile());
        Document document = Jsoup.parse("<img id=\"logo\" src=\"assets/logo.png\" alt=\"Tân Phú\">");
        Diagnostics diagnostics = new Diagnostics();
        images(diagnostics).embed(document, Map.of(), output);
        String src = img(document, "logo").attr("src");
        assertTrue(src.startsWith("data:image/png;base64,"), src);
        BufferedImage embedded = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(src.substring(src.indexOf(',') + 1))));
        assertEquals(2008, embedded.getWidth(), "170 mm at 300 ppi");
        assertEquals(List.of(), diagnostics.sorted().stream().map(Diagnostic::format).toList());
    }

    private static Element img(Document document, String id) {
        return document.getElementById(id);
    }
}
