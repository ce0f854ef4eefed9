package org.baocao.yaml;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;

/**
 * YAML files parsed by earlier loads, kept by path with their text: the live preview loads the project again at
 * every save, and a large data set takes far longer to parse than to read. A file whose text is unchanged is not
 * parsed again. Only files that parsed without any problem are kept, so that no diagnostic is ever lost.
 */
public final class YamlMemo {
    private record Parsed(String text, YamlValue root) {}

    private final Map<String, Parsed> files = new ConcurrentHashMap<>();

    /** Like {@link YamlParser#parse}, the first line being line 1. */
    public YamlValue parse(SourceFile file, Diagnostics diagnostics) {
        Parsed kept = files.get(file.path());
        if (kept != null && kept.text().equals(file.text())) return kept.root();
        Diagnostics own = new Diagnostics();
        YamlValue root = new YamlParser(own).parse(file, file.text(), 1);
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        if (root != null && found.isEmpty()) {
            files.put(file.path(), new Parsed(file.text(), root));
        } else {
            files.remove(file.path());
        }
        return root;
    }
}
