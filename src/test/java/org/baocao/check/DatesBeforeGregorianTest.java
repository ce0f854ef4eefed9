package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates print in the Gregorian calendar whatever the year: 1500-03-01 is 01/03/1500, not the Julian 20/02/1500. */
class DatesBeforeGregorianTest {
    @Test
    void aDateBefore1582PrintsAsWritten(@TempDir Path project) throws IOException {
        Projects.assemble(null, project);
        Path reportFolder = project.resolve("content/reports/2020");
        Files.writeString(reportFolder.resolve("data/members.yaml"), Files.readString(reportFolder.resolve("data/members.yaml")) + "founded: 1500-03-01\n");
        for (String language : new String[] {"vi", "en"}) {
            Path section = reportFolder.resolve(language + "/02-hoat-dong.md");
            Files.writeString(section, Files.readString(section) + "\nDATE ${members.founded} END\n\nOWN ${members.founded?string(\"dd/MM/yyyy\")} END\n");
        }
        Projects.Run build = Projects.run("build", "--no-pdf", "--project", project.toString());
        assertEquals(0, build.exitCode(), build.err());
        assertTrue(Files.readString(project.resolve("output/vi/2020/hoat-dong/index.html")).contains("DATE 01/03/1500 END"));
        assertTrue(Files.readString(project.resolve("output/en/2020/activities/index.html")).contains("DATE 1 March 1500 END"));
        // FreeMarker formats a pattern of the template's own with java.text, whose calendar is Julian before 1582.
        assertTrue(Files.readString(project.resolve("output/vi/2020/hoat-dong/index.html")).contains("OWN 01/03/1500 END"));
        assertTrue(Files.readString(project.resolve("output/en/2020/activities/index.html")).contains("OWN 01/03/1500 END"));
    }
}
