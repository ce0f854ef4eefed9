package org.baocao.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.baocao.config.Brand;
import org.baocao.config.BrandColors;
import org.baocao.config.BrandFile;
import org.baocao.config.FontFamily;
import org.baocao.render.model.BrandModel;
import org.baocao.source.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fonts are parsed once per process: every PDF, and every brand's font set, gets the same parsed faces. */
class FontSetTest {

    @Test
    void builtInFacesAreParsedOnceForEveryPdf() {
        FontSet fonts = FontSet.liberation();
        assertSame(fonts, FontSet.liberation());
        for (FontSet.Face face : fonts.faces()) {
            assertSame(fonts.trueType(face.file()), FontSet.liberation().trueType(face.file()), face.file());
        }
    }

    @Test
    void aBrandSetSharesTheBuiltInFacesAndParsesItsOwnOnce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("brand.ttf");
        Files.copy(Path.of("/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"), file);
        FontFamily body = new FontFamily(Map.of(FontFamily.Face.REGULAR,
                new BrandFile("fonts/brand.ttf", file, SourcePosition.wholeFile("site.yaml"))));
        Brand brand = new Brand(Optional.empty(), BrandColors.NONE, Optional.of(body), Optional.empty());

        FontSet branded = FontSet.liberation().withBrand(brand);
        FontSet.Face serif = FontSet.liberation().faces().get(4);
        assertSame(FontSet.liberation().trueType(serif.file()), branded.trueType(serif.file()));
        String brandFile = BrandModel.fontFile("body", FontFamily.Face.REGULAR);
        assertSame(branded.trueType(brandFile), branded.trueType(brandFile));
        // Another build reads the brand's files again: they may have changed.
        assertNotSame(branded.trueType(brandFile), FontSet.liberation().withBrand(brand).trueType(brandFile));
    }
}
