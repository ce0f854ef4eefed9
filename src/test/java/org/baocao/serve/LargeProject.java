package org.baocao.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.baocao.bench.PrintFixture;

/**
 * A fictional project of 1,000 section pages, as issue 14 measures the preview on: {@link PrintFixture}'s report of 50
 * chapters (2023) and nine copies of it for 2014 to 2022, the year changed in each report.yaml; 2 languages.
 */
final class LargeProject {
    static final int CHAPTERS = 50;
    static final int REPORTS = 10;

    private LargeProject() {}

    /** Writes the project into the folder given: bench/serve-first-page.sh times {@code baocao serve} on it. */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static Path write(Path root) throws IOException {
        PrintFixture.write(root, CHAPTERS, "");
        Path reports = root.resolve("content/reports");
        Path template = reports.resolve("2023");
        for (int year = 2023 - REPORTS + 1; year < 2023; year++) {
            Path copy = reports.resolve(String.valueOf(year));
            try (Stream<Path> files = Files.walk(template)) {
                for (Path file : files.toList()) {
                    Path target = copy.resolve(template.relativize(file).toString());
                    if (Files.isDirectory(file)) Files.createDirectories(target);
                    else Files.copy(file, target);
                }
            }
            Path yaml = copy.resolve("report.yaml");
            Files.writeString(yaml, Files.readString(yaml).replace("2023", String.valueOf(year)).replace("2024", String.valueOf(year + 1)));
        }
        return root;
    }
}
