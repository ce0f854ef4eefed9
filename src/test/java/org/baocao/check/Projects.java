package org.baocao.check;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.baocao.build.Pipeline;
import org.baocao.cli.Main;
import picocli.CommandLine;

/** Test helpers: the broken-project fixtures, a command run with its output captured, a folder's exact content. */
public final class Projects {
    private Projects() {}

    public record Run(int exitCode, String out, String err) {
        /** The {@code file:line:col: severity: message} lines, in the order printed. */
        List<String> headlines() {
            return err.lines().filter(l -> l.matches("\\S.*:\\d+:\\d+: (error|warning): .*")).toList();
        }

        /** The headlines, each followed by its hint line, "    hint: ...". */
        List<String> headlinesAndHints() {
            return err.lines().filter(l -> l.matches("\\S.*:\\d+:\\d+: (error|warning): .*") || l.startsWith("    hint: ")).toList();
        }
    }

    static Path brokenFolder() {
        try {
            return Path.of(Projects.class.getResource("/broken").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base project with the fault's files laid over it, in {@code target}. */
    static void assemble(String fault, Path target) throws IOException {
        copy(brokenFolder().resolve("_base"), target);
        if (fault != null) copy(brokenFolder().resolve(fault), target);
        Files.deleteIfExists(target.resolve("expected.txt"));
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** An output folder as an earlier build left it. */
    static void previousOutput(Path project) throws IOException {
        Path output = Files.createDirectories(project.resolve("output"));
        Files.writeString(output.resolve(Pipeline.MARKER), "written by an earlier build\n");
        Files.writeString(output.resolve("index.html"), "<!doctype html><title>previous site</title>\n");
        Files.createDirectories(output.resolve("vi/2019"));
        Files.writeString(output.resolve("vi/2019/old.html"), "from an earlier build\n");
    }

    /** Runs the baocao command line in this process, its output and errors captured. */
    public static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    /** Every file and folder below {@code folder}, each file with its bytes in hex: equal snapshots mean nothing changed. */
    static Map<String, String> snapshot(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.toList()) {
                String key = folder.relativize(path).toString().replace('\\', '/');
                files.put(key + (Files.isDirectory(path) ? "/" : ""),
                        Files.isDirectory(path) ? "" : HexFormat.of().formatHex(Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static List<String> faults() throws IOException {
        try (Stream<Path> entries = Files.list(brokenFolder())) {
            List<String> names = new ArrayList<>(entries.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_")).sorted().toList());
            return names;
        }
    }
}
