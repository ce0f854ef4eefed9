package org.baocao.brand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks a designer's brand gets: fonts that lack a letter of the content, colours too pale for text. */
class BrandChecksTest {
    @TempDir
    Path temp;

    private List<String> load(Path project) {
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline().load(project, diagnostics);
        return diagnostics.sorted().stream().map(d -> d.headline() + " | " + d.hint()).toList();
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void theFixtureLoadsWithoutAProblem() throws IOException {
        assertEquals(List.of(), load(BrandKitFixture.write(temp)));
    }

    @Test
    void aFontWithoutALetterTheContentUsesIsAnErrorNamingTheFileTheLetterAndWhereItIsUsed() throws IOException {
        Path project = BrandKitFixture.write(temp);
        // Noto Sans without 'ự' (U+1EF1) and without '₫' (U+20AB): a font made for this test.
        Files.write(project.resolve("content/fonts/NoViet-Regular.ttf"),
                subsetWithout(BrandKitFixture.NOTO.resolve("NotoSans-Regular.ttf"), 0x1EF1, 0x20AB));
        replace(project.resolve("content/site.yaml"), "headings: {regular: fonts/NotoSans-Regular.ttf", "headings: {regular: fonts/NoViet-Regular.ttf");
        assertEquals(List.of("content/site.yaml:22:25: error: font 'fonts/NoViet-Regular.ttf' has no letters the content uses: "
                        + "'ự' (U+1EF1, content/reports/2025/vi/01-tong-quan.md:5:204), "
                        + "'₫' (U+20AB, content/reports/2025/vi/01-tong-quan.md:5:98)"
                        + " | choose a font that has every letter of the content, e.g. Noto Serif or Noto Sans for Vietnamese"),
                load(project));
    }

    @Test
    void aPalePrimaryColourIsAContrastWarningWithTheRatio() throws IOException {
        Path project = BrandKitFixture.write(temp);
        replace(project.resolve("content/site.yaml"), "primary: \"#0B6E4F\"", "primary: \"#9FD8B8\"");
        assertEquals(List.of("content/site.yaml:16:14: warning: brand colour primary #9fd8b8 and white #ffffff have a contrast "
                        + "of 1.6:1, below the 4.5:1 that text needs (WCAG AA) | the theme writes headings, links and key figures "
                        + "in the primary colour on white, and white text on it (site header, PDF cover): choose a darker shade, "
                        + "and use the pale one as accent"),
                load(project));
    }

    @Test
    void aMissingFaceFallsBackToTheNearestWithAWarning() throws IOException {
        Path project = BrandKitFixture.write(temp);
        replace(project.resolve("content/site.yaml"), ",\n               italic: fonts/NotoSerif-Italic.ttf, bold_italic: fonts/NotoSerif-BoldItalic.ttf}", "}");
        assertEquals(List.of(
                "content/site.yaml:20:15: warning: the body font has no italic file: italic text uses fonts/NotoSerif-Regular.ttf"
                        + " | add italic: with the family's italic file",
                "content/site.yaml:20:15: warning: the body font has no bold_italic file: bold italic text uses fonts/NotoSerif-Bold.ttf"
                        + " | add bold_italic: with the family's bold italic file"),
                load(project));
    }

    private static byte[] subsetWithout(Path font, int... left) throws IOException {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(font)))) {
            TTFSubsetter subsetter = new TTFSubsetter(parsed);
            for (int codePoint = 0x20; codePoint < 0x2100; codePoint++) {
                int c = codePoint;
                if (Arrays.stream(left).noneMatch(l -> l == c)) subsetter.add(codePoint);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        }
    }
}
