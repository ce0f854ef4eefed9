package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    /**
     * A section file name keeps to a–z (docs/user-guide.md, Sections): typed composed or saved decomposed, a name with
     * diacritics is refused with the name as typed, at its path as typed, and the name to rename it to.
     */
    @ParameterizedTest
    @EnumSource(value = Normalizer.Form.class, names = {"NFC", "NFD"})
    void aSectionFileNameWithDiacriticsIsRefusedWithTheNameToUse(Normalizer.Form form, @TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path vi = project.resolve("content/reports/2020/vi");
        Files.move(vi.resolve("01-tong-quan.md"), vi.resolve(Normalizer.normalize("01-tổng-quan-đầu.md", form)));

        Projects.Run check = Projects.run("check", "--project", project.toString());
        assertEquals(1, check.exitCode(), check.err());
        List<String> lines = check.headlinesAndHints();
        int refusal = lines.indexOf("content/reports/2020/vi/01-tổng-quan-đầu.md:1:1: error: section file name '01-tổng-quan-đầu.md' has letters other than a–z, digits, '.', '_' and '-'");
        assertTrue(refusal >= 0, check.err());
        assertEquals("    hint: rename it 01-tong-quan-dau.md: the file name is written without diacritics (the section's title keeps them)",
                lines.get(refusal + 1));
    }
}
