package org.baocao.content;

import java.util.Map;
import java.util.Set;
import org.baocao.source.SourceFile;
import org.baocao.yaml.YamlValue;

/**
 * content/reports/&lt;id&gt;/data/&lt;name&gt;.yaml.
 *
 * @param root       the whole file, with positions, for lookups by path
 * @param byLanguage the same values with localized texts resolved, per language code, as templates see them
 * @param brokenFigures names of charts and tables whose definitions have errors (already reported): narratives that
 *                      place them are not reported again
 */
public record DataSet(String name, SourceFile file, YamlValue.Mapping root, Map<String, Map<String, Object>> byLanguage,
                      Map<String, ChartSpec> charts, Map<String, TableSpec> tables, Set<String> brokenFigures) {

    /** The value at a dotted path below the data set ("channels.0" indexes lists), or null. */
    public YamlValue lookup(String path) {
        return lookup(root, path);
    }

    /** The value at a dotted path below {@code root}, as {@link #lookup(String)}: for a data set still being read. */
    static YamlValue lookup(YamlValue root, String path) {
        YamlValue current = root;
        for (String part : path.split("\\.")) {
            if (current instanceof YamlValue.Mapping m) {
                current = m.get(part);
            } else if (current instanceof YamlValue.Sequence s && part.matches("\\d+") && Integer.parseInt(part) < s.items().size()) {
                current = s.items().get(Integer.parseInt(part));
            } else {
                return null;
            }
            if (current == null) return null;
        }
        return current;
    }
}
