package org.baocao.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --project DIR, shared by every command that reads a project. */
final class ProjectOption {
    @Option(names = "--project", paramLabel = "DIR", description = "the project folder (default: the current folder)")
    Path project = Path.of(".");

    Path folder() {
        return project.toAbsolutePath().normalize();
    }
}
