package org.baocao.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.baocao.render.pdf.FontSet;
import org.junit.jupiter.api.Test;

class WebFontsTest {
    private static final String VIETNAMESE = "ăâđêôơư ĂÂĐÊÔƠƯ àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ "
            + "ÀÁẢÃẠ ẰẮẲẴẶ ẦẤẨẪẬ ÈÉẺẼẸ ỀẾỂỄỆ ÌÍỈĨỊ ÒÓỎÕỌ ỒỐỔỖỘ ỜỚỞỠỢ ÙÚỦŨỤ ỪỨỬỮỰ ỲÝỶỸỴ";
    private static final String PUNCTUATION = "152.730 48,75% ₫ – — “Đổi mới” ‘x’ … • ▲▼ € «»";

    @Test
    void everyFaceKeepsAllOfVietnameseAndLosesMostOfItsWeight() throws IOException {
        FontSet fonts = FontSet.liberation();
        for (FontSet.Face face : fonts.faces()) {
            byte[] full = fonts.bytes(face.file());
            byte[] subset = WebFonts.subset(full);
            assertTrue(subset.length < full.length * 0.4, face.file() + ": " + subset.length + " of " + full.length + " bytes");
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(subset))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                (VIETNAMESE + PUNCTUATION).codePoints().filter(c -> c != ' ').forEach(c ->
                        assertTrue(cmap.getGlyphId(c) > 0, face.file() + " lost " + Character.toString(c)));
            }
        }
    }

    @Test
    void aSubsetIsMadeOnceAndKeptInTheProjectsCache(@org.junit.jupiter.api.io.TempDir java.nio.file.Path cache) throws IOException {
        byte[] font = FontSet.liberation().bytes(FontSet.liberation().faces().get(0).file());
        byte[] made = WebFonts.subset(font, cache);
        java.util.List<java.nio.file.Path> kept;
        try (var files = java.nio.file.Files.list(cache)) {
            kept = files.toList();
        }
        assertEquals(1, kept.size(), kept.toString());
        assertTrue(kept.get(0).getFileName().toString().matches("[0-9a-f]{64}-v1\\.ttf"), kept.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(WebFonts.subset(font), made);
        org.junit.jupiter.api.Assertions.assertArrayEquals(made, java.nio.file.Files.readAllBytes(kept.get(0)));
    }

    @Test
    void aBuildLooksForASubsetWithoutWritingAnything(@org.junit.jupiter.api.io.TempDir java.nio.file.Path project) throws IOException {
        java.nio.file.Path cache = project.resolve(".baocao/cache/fonts");
        byte[] font = FontSet.liberation().bytes(FontSet.liberation().faces().get(1).file());
        assertTrue(WebFonts.madeBefore(font, cache).isEmpty());
        assertTrue(java.nio.file.Files.notExists(project.resolve(".baocao")), "looking wrote into the project");

        byte[] made = WebFonts.subset(font, cache);
        org.junit.jupiter.api.Assertions.assertArrayEquals(made, WebFonts.madeBefore(font, cache).orElseThrow());
        // Another process (a new memory) finds it in the project's cache.
        java.nio.file.Path copy = project.resolve("copy");
        java.nio.file.Files.createDirectories(copy);
        try (var files = java.nio.file.Files.list(cache)) {
            for (java.nio.file.Path file : files.toList()) java.nio.file.Files.copy(file, copy.resolve(file.getFileName()));
        }
        org.junit.jupiter.api.Assertions.assertArrayEquals(made, WebFonts.madeBefore(font, copy).orElseThrow());
    }
}
