package org.baocao.brand;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The brand kit fixture (src/test/resources/brand-kit): a fictional credit fund with a green brand, an SVG logo, and
 * Noto Serif body and Noto Sans headings copied from Debian's fonts-noto-core, which .ci/run installs.
 */
public final class BrandKitFixture {
    public static final Path NOTO = Path.of("/usr/share/fonts/truetype/noto");
    static final List<String> FONTS = List.of("NotoSerif-Regular.ttf", "NotoSerif-Bold.ttf", "NotoSerif-Italic.ttf",
            "NotoSerif-BoldItalic.ttf", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf");

    private BrandKitFixture() {}

    /** Writes the fixture into {@code folder} and returns it. */
    public static Path write(Path folder) throws IOException {
        Path source;
        try {
            source = Path.of(BrandKitFixture.class.getResource("/brand-kit").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = folder.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        }
        Path fonts = Files.createDirectories(folder.resolve("content/fonts"));
        for (String font : FONTS) {
            if (!Files.isRegularFile(NOTO.resolve(font))) {
                throw new IllegalStateException(NOTO.resolve(font) + " is missing: install Debian's fonts-noto-core");
            }
            Files.copy(NOTO.resolve(font), fonts.resolve(font));
        }
        return folder;
    }
}
