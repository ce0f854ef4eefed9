package org.baocao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a test project's files as the test spells them: a path relative to the project, then the text (UTF-8). */
public final class TestFiles {
    private TestFiles() {}

    public static void write(Path projectRoot, String relative, String text) throws IOException {
        Path file = projectRoot.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
