package org.baocao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of org.baocao depend on each other without a cycle, so each feature can be read, tested and changed
 * on its own. A package uses another when its code names one of its classes: by an import or written out in full.
 */
class PackageCyclesTest {
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern USE = Pattern.compile("\\borg\\.baocao\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void mainSourcesHaveNoPackageCycle() throws IOException {
        Map<String, Set<String>> graph = graph(Path.of("src/main/java"));
        assertTrue(graph.size() > 10, "read the packages: " + graph.keySet());
        assertTrue(graph.get("org.baocao.build").contains("org.baocao.render.html"), "read the imports: " + graph.get("org.baocao.build"));
        assertEquals(Optional.empty(), cycle(graph));
    }

    @Test
    void aCycleIsNamedPackageByPackage() {
        Map<String, Set<String>> graph = new TreeMap<>(Map.of(
                "org.baocao.build", Set.of("org.baocao.render.html"),
                "org.baocao.render.html", Set.of("org.baocao.render", "org.baocao.render.pdf"),
                "org.baocao.render.pdf", Set.of("org.baocao.build"),
                "org.baocao.render", Set.of()));
        assertEquals(Optional.of("org.baocao.build -> org.baocao.render.html -> org.baocao.render.pdf -> org.baocao.build"), cycle(graph));
    }

    /** Each package and the other org.baocao packages its code uses. */
    static Map<String, Set<String>> graph(Path sources) throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher declared = PACKAGE.matcher(code);
                if (!declared.find()) continue;
                String own = declared.group(1);
                Set<String> uses = graph.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher use = USE.matcher(COMMENT.matcher(code).replaceAll(""));
                while (use.find()) {
                    String used = "org.baocao." + use.group(1);
                    if (!used.equals(own)) uses.add(used);
                }
            }
        }
        return graph;
    }

    /** The first cycle found, as "a -> b -> a", or empty. */
    static Optional<String> cycle(Map<String, Set<String>> graph) {
        Set<String> done = new TreeSet<>();
        for (String start : graph.keySet()) {
            Optional<String> found = cycleFrom(start, graph, new ArrayList<>(), done);
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static Optional<String> cycleFrom(String node, Map<String, Set<String>> graph, List<String> path, Set<String> done) {
        int seen = path.indexOf(node);
        if (seen >= 0) {
            List<String> loop = new ArrayList<>(path.subList(seen, path.size()));
            loop.add(node);
            return Optional.of(String.join(" -> ", loop));
        }
        if (done.contains(node)) return Optional.empty();
        path.add(node);
        for (String next : graph.getOrDefault(node, Set.of())) {
            Optional<String> found = cycleFrom(next, graph, path, done);
            if (found.isPresent()) return found;
        }
        path.remove(path.size() - 1);
        done.add(node);
        return Optional.empty();
    }
}
