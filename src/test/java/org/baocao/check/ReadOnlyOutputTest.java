package org.baocao.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a folder nobody may write: one plain message, and the previous site untouched. The folder is made
 * read-only for real: by its permissions, or, where the tests run as root (who ignores them), made immutable.
 */
class ReadOnlyOutputTest {
    @Test
    void aReadOnlyFolderAroundTheOutputIsOnePlainMessage(@TempDir Path temp) throws Exception {
        Path project = temp.resolve("project");
        Projects.assemble(null, project);
        Path around = Files.createDirectories(temp.resolve("site"));
        Path output = around.resolve("output");
        assertEquals(0, Projects.run("build", "--no-pdf", "--project", project.toString(), "--out", output.toString()).exitCode());
        Map<String, String> before = Projects.snapshot(around);

        Projects.Run build;
        try (ReadOnly ignored = ReadOnly.make(around)) {
            build = Projects.run("build", "--no-pdf", "--project", project.toString(), "--out", output.toString());
        }
        assertEquals(1, build.exitCode(), build.err());
        assertEquals(List.of(
                output + ":1:1: error: cannot write the output: permission denied for " + around,
                "    hint: make output/ and the folder around it writable, or choose another folder with --out"),
                build.headlinesAndHints());
        assertEquals(before, Projects.snapshot(around), "the previous site is as it was");
        assertTrue(!build.err().contains("Exception"), build.err());
    }

    /** A folder nobody can write into until closed. */
    private record ReadOnly(Path folder, boolean immutable) implements AutoCloseable {
        static ReadOnly make(Path folder) throws IOException, InterruptedException {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
            if (!runsAsRoot()) return new ReadOnly(folder, false);
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            assertEquals(0, new ProcessBuilder("chattr", "+i", folder.toString()).inheritIO().start().waitFor(),
                    "root ignores permissions: the folder is made immutable instead");
            return new ReadOnly(folder, true);
        }

        private static boolean runsAsRoot() {
            return "root".equals(System.getProperty("user.name"));
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (immutable) new ProcessBuilder("chattr", "-i", folder.toString()).inheritIO().start().waitFor();
            else Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
