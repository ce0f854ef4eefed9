package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** macOS saves file names decomposed (NFD); authors type them composed (NFC). Both must find the same file. */
class UnicodeFileNamesTest {

    @Test
    void anImageSavedDecomposedIsFoundByItsNameAsTyped(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path media = project.resolve("content/reports/2020/media");
        String typed = "ảnh-sen.png";
        String saved = Normalizer.normalize(typed, Normalizer.Form.NFD);
        Files.copy(media.resolve("sen.png"), media.resolve(saved));
        Path section = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        Files.writeString(section, Files.readString(section) + "\n![Ao sen](../media/" + typed + ")\n");

        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        try (var files = Files.list(project.resolve("output/media/2020"))) {
            assertTrue(files.anyMatch(p -> Normalizer.normalize(p.getFileName().toString(), Normalizer.Form.NFC).equals(typed)),
                    "the image is published");
        }
    }

    @Test
    void aMissingImageTypedDecomposedIsReportedAtItsLine(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path section = project.resolve("content/reports/2020/vi/01-tong-quan.md");
        String decomposed = Normalizer.normalize("ảnh-không-có.png", Normalizer.Form.NFD);
        Files.writeString(section, Files.readString(section) + "\n![Ao sen](../media/" + decomposed + ")\n");
        int line = (int) Files.readString(section).lines().count();

        Projects.Run check = Projects.run("check", "--project", project.toString());
        assertEquals(1, check.exitCode(), check.err());
        assertTrue(check.err().contains("content/reports/2020/vi/01-tong-quan.md:" + line + ":"), check.err());
    }
}
