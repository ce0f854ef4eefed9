package org.baocao.build;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** Writes a small project into a folder, file by file, the way a test reads best: path, then text. */
final class ProjectFixture {
    private final Path root;

    ProjectFixture(Path root) {
        this.root = root;
    }

    Path root() {
        return root;
    }

    ProjectFixture file(String relative, String text) {
        return bytes(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    ProjectFixture bytes(String relative, byte[] bytes) {
        try {
            Path path = root.resolve(relative);
            Files.createDirectories(path.getParent());
            Files.write(path, bytes);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A small PNG of one colour, so that a test can tell images apart by size. */
    ProjectFixture png(String relative, int width, int height, Color colour) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        g.dispose();
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return bytes(relative, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same project in another folder, for a test that changes it. */
    ProjectFixture copyTo(Path target) {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path source : files.filter(Files::isRegularFile).toList()) {
                Path copy = target.resolve(root.relativize(source).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(source, copy);
            }
            return new ProjectFixture(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
