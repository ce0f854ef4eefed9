package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.baocao.bench.PrintFixture;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Each kind of PNG and GIF a communications team's tools write prints in its colours. The PDF is rendered back and
 * the colour at the centre of each placed image compared with the image's own: palette images of 1 and 2 bits (as
 * ImageMagick writes a one- or two-colour picture, with a cHRM chunk) used to print white.
 */
class PdfImageColoursIT {
    private static final Color SKY_BLUE = new Color(0x87, 0xCE, 0xEB);
    private static final Color LOTUS_PINK = new Color(0xE0, 0x6C, 0x8A);
    private static final Color LEAF_GREEN = new Color(0x2E, 0x7D, 0x32);
    private static final Color GOLD = new Color(0xF6, 0xD3, 0x65);
    private static final Color NAVY = new Color(0x1F, 0x3A, 0x5F);
    private static final Color PAGE = Color.WHITE;

    @TempDir
    Path temp;

    /** One test picture: its file, its intrinsic width (which tells it apart in the PDF) and its colour. */
    private record Picture(String file, int width, Color colour) {}

    @Test
    void palettePngsAndGifsPrintInTheirColoursAndThePdfStaysValid() throws IOException {
        Path project = temp.resolve("lotus");
        PrintFixture.write(project, 1, "");
        Path media = project.resolve("content/reports/2023/media");
        List<Picture> pictures = List.of(
                new Picture("bau-troi-1bit.png", 201, SKY_BLUE),
                new Picture("hoa-sen-2bit.png", 202, LOTUS_PINK),
                new Picture("la-sen-trong-suot.png", 203, LEAF_GREEN),
                new Picture("ao-sen-rgb.png", 204, GOLD),
                new Picture("logo-1bit.gif", 205, NAVY));
        writePalettePng(media.resolve(pictures.get(0).file()), pictures.get(0).width(), 1, SKY_BLUE);
        writePalettePng(media.resolve(pictures.get(1).file()), pictures.get(1).width(), 2, LOTUS_PINK);
        writeTransparentPalettePng(media.resolve(pictures.get(2).file()), pictures.get(2).width(), LEAF_GREEN);
        writeRgbPng(media.resolve(pictures.get(3).file()), pictures.get(3).width(), GOLD);
        writeOneBitGif(media.resolve(pictures.get(4).file()), pictures.get(4).width(), NAVY);
        StringBuilder markdown = new StringBuilder("\n");
        for (Picture picture : pictures) {
            markdown.append("![Ảnh ").append(picture.file()).append(" của Hợp tác xã Sen Vàng](../media/")
                    .append(picture.file()).append(")\n\n");
        }
        Files.writeString(project.resolve("content/reports/2023/vi/01-chuong-1.md"), markdown.toString(),
                java.nio.file.StandardOpenOption.APPEND);

        Diagnostics diagnostics = new Diagnostics();
        Path output = project.resolve("output");
        BuildResult result = new Pipeline().build(new BuildOptions(project, output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> "build failed: " + diagnostics.sorted());
        Path pdf = output.resolve("vi/2023/bao-cao-thuong-nien-2023.pdf");

        Map<Integer, Color> printed = printedCentreColours(pdf);
        for (Picture picture : pictures) {
            Color colour = printed.get(picture.width());
            assertTrue(colour != null, picture.file() + " is not in the PDF; images found by width: " + printed.keySet());
            assertTrue(close(colour, picture.colour()), picture.file() + " printed as " + hex(colour)
                    + " at its centre, expected " + hex(picture.colour()));
        }
        Color corner = printedCornerColour(pdf, pictures.get(2).width());
        assertTrue(close(corner, PAGE), "the transparent border of the 8-bit palette PNG shows the page, not "
                + hex(corner));
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFUA_1), "PDF/UA-1");
        assertEquals(List.of(), PdfValidation.failures(pdf, PDFAFlavour.PDFA_3_A), "PDF/A-3a");
        // The website serves the image made again, in the same colours.
        BufferedImage served = ImageIO.read(output.resolve("media/2023/" + pictures.get(0).file()).toFile());
        assertEquals(SKY_BLUE.getRGB(), served.getRGB(served.getWidth() / 2, served.getHeight() / 2));
    }

    /** An opaque palette PNG of {@code bits} a pixel, every pixel the colour of index 0, with a cHRM chunk. */
    private static void writePalettePng(Path file, int width, int bits, Color colour) throws IOException {
        int entries = 1 << bits;
        byte[] r = new byte[entries], g = new byte[entries], b = new byte[entries];
        r[0] = (byte) colour.getRed();
        g[0] = (byte) colour.getGreen();
        b[0] = (byte) colour.getBlue();
        for (int i = 1; i < entries; i++) r[i] = g[i] = b[i] = (byte) 0xFF; // white: never used
        BufferedImage image = new BufferedImage(width, 120, BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(bits, entries, r, g, b));
        assertEquals(bits, image.getColorModel().getPixelSize());
        writePngWithChromaticities(image, file);
    }

    /** An 8-bit palette PNG: a green centre in a transparent border a quarter of the image wide. */
    private static void writeTransparentPalettePng(Path file, int width, Color colour) throws IOException {
        byte[] r = new byte[256], g = new byte[256], b = new byte[256], a = new byte[256];
        r[1] = (byte) colour.getRed();
        g[1] = (byte) colour.getGreen();
        b[1] = (byte) colour.getBlue();
        for (int i = 1; i < 256; i++) a[i] = (byte) 0xFF; // index 0 is transparent black
        BufferedImage image = new BufferedImage(width, 120, BufferedImage.TYPE_BYTE_INDEXED,
                new IndexColorModel(8, 256, r, g, b, a));
        for (int y = 30; y < 90; y++) {
            for (int x = width / 4; x < width - width / 4; x++) image.getRaster().setSample(x, y, 0, 1);
        }
        writePngWithChromaticities(image, file);
    }

    private static void writeRgbPng(Path file, int width, Color colour) throws IOException {
        BufferedImage image = new BufferedImage(width, 120, BufferedImage.TYPE_INT_RGB);
        fill(image, colour);
        ImageIO.write(image, "png", file.toFile());
    }

    private static void writeOneBitGif(Path file, int width, Color colour) throws IOException {
        byte[] r = {(byte) colour.getRed(), (byte) 0xFF};
        byte[] g = {(byte) colour.getGreen(), (byte) 0xFF};
        byte[] b = {(byte) colour.getBlue(), (byte) 0xFF};
        BufferedImage image = new BufferedImage(width, 120, BufferedImage.TYPE_BYTE_BINARY, new IndexColorModel(1, 2, r, g, b));
        assertTrue(ImageIO.write(image, "gif", file.toFile()), "a GIF writer");
    }

    private static void fill(BufferedImage image, Color colour) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) image.setRGB(x, y, colour.getRGB());
        }
    }

    /** Writes a PNG with the sRGB primaries in a cHRM chunk, as ImageMagick does. */
    private static void writePngWithChromaticities(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), writer.getDefaultWriteParam());
        IIOMetadataNode chromaticities = new IIOMetadataNode("cHRM");
        Map<String, String> values = new LinkedHashMap<>();
        values.put("whitePointX", "31270");
        values.put("whitePointY", "32900");
        values.put("redX", "64000");
        values.put("redY", "33000");
        values.put("greenX", "30000");
        values.put("greenY", "60000");
        values.put("blueX", "15000");
        values.put("blueY", "6000");
        values.forEach(chromaticities::setAttribute);
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(chromaticities);
        metadata.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(new IIOImage(image, null, metadata));
        } finally {
            writer.dispose();
        }
        assertTrue(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1).contains("cHRM"), "cHRM written");
    }

    /** The rendered colour at the centre of each image of the PDF, by the image's intrinsic width in pixels. */
    private static Map<Integer, Color> printedCentreColours(Path pdf) throws IOException {
        Map<Integer, Color> colours = new LinkedHashMap<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (PlacedImages.Placement placement : PlacedImages.of(document)) {
                colours.put(placement.pixelWidth(), PlacedImages.colourAt(document, placement, 0.5f, 0.5f));
            }
        }
        return colours;
    }

    /** The rendered colour a tenth of the image in from its upper left corner. */
    private static Color printedCornerColour(Path pdf, int pixelWidth) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PlacedImages.Placement placement = PlacedImages.of(document).stream().filter(p -> p.pixelWidth() == pixelWidth).findFirst().orElseThrow();
            return PlacedImages.colourAt(document, placement, 0.1f, 0.1f);
        }
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 6 && Math.abs(a.getGreen() - b.getGreen()) <= 6
                && Math.abs(a.getBlue() - b.getBlue()) <= 6;
    }

    private static String hex(Color c) {
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
