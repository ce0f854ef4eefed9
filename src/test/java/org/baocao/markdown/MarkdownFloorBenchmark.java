package org.baocao.markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.baocao.concurrent.Workers;

/**
 * The floor under a baocao build of the side-by-side benchmark's pages: Hugo's own Markdown files (its copy of the
 * project, with the tables and charts already written out: {@code baocao bench --reports 10 --sections 50 --anchors
 * --keep} keeps it as {@code hugo/content}) turned into HTML by baocao's Markdown stage alone, on every core, one
 * file written a page, in a fresh JVM. Nothing else of a build runs: no data, templates, figures, checks or search.
 * Run it with the launchers' flags and time the whole process beside {@code hugo}, which does all of its build on
 * the same files. Not a test: timings belong to no assertion. docs/performance.md, "Whose code the time is".
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * hyperfine -N -w1 -r10 -p "rm -rf /dev/shm/md /dev/shm/hugo" "hugo --quiet --source KEPT/hugo -d /dev/shm/hugo" \
 *     "java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *      org.baocao.markdown.MarkdownFloorBenchmark KEPT/hugo/content /dev/shm/md"
 * </pre>
 */
public final class MarkdownFloorBenchmark {
    private MarkdownFloorBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        Path output = Path.of(args[1]);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(content)) {
            files = walk.filter(file -> file.toString().endsWith(".md")).sorted().toList();
        }
        MarkdownRenderer markdown = new MarkdownRenderer();
        List<Integer> written = Workers.run("rendering", files.stream().<Callable<Integer>>map(file -> () -> {
            String html = "<!doctype html><html><body>" + markdown.toHtml(withoutFrontMatter(Files.readString(file))) + "</body></html>";
            Path page = output.resolve(content.relativize(file).toString().replaceFirst("\\.md$", ".html"));
            Files.createDirectories(page.getParent());
            Files.writeString(page, html);
            return html.length();
        }).toList());
        System.out.printf("%d Markdown files, %d KB of HTML, %d ms since the JVM started%n", files.size(),
                written.stream().mapToLong(Integer::longValue).sum() / 1024, ManagementFactory.getRuntimeMXBean().getUptime());
    }

    /** Hugo's front matter: the lines between the first two "---". */
    private static String withoutFrontMatter(String text) {
        if (!text.startsWith("---")) return text;
        int end = text.indexOf("\n---", 3);
        if (end < 0) throw new UncheckedIOException(new IOException("front matter not closed"));
        int body = text.indexOf('\n', end + 4);
        return body < 0 ? "" : text.substring(body + 1);
    }
}
