package org.baocao.content;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/** Dotted references into the data sets, "outreach.people_reached", as key figures and narratives write them. */
public final class DataReferences {
    private DataReferences() {}

    public static Optional<YamlValue> resolve(String reference, Map<String, DataSet> dataSets) {
        int dot = reference.indexOf('.');
        if (dot < 0) return Optional.empty();
        DataSet dataSet = dataSets.get(reference.substring(0, dot));
        return dataSet == null ? Optional.empty() : Optional.ofNullable(dataSet.lookup(reference.substring(dot + 1)));
    }

    /** "did you mean outreach.people_reached?" when a close path exists, else what is there. */
    public static Phrase hint(String reference, Map<String, DataSet> dataSets) {
        List<String> all = allPaths(dataSets);
        String closest = Suggestions.closest(reference, all);
        if (closest != null) return Message.HINT_DID_YOU_MEAN.with(closest);
        if (dataSets.isEmpty()) return Message.HINT_NO_DATA_SET.with();
        return Message.HINT_DATA_SETS_ARE.with(dataSets.keySet());
    }

    /** Every path to a plain value, for suggestions. */
    public static List<String> allPaths(Map<String, DataSet> dataSets) {
        List<String> paths = new ArrayList<>();
        dataSets.forEach((name, set) -> collect(name, set.root(), paths));
        return paths;
    }

    private static void collect(String prefix, YamlValue value, List<String> into) {
        if (value instanceof YamlValue.Mapping m) {
            m.entries().forEach((key, child) -> collect(prefix + "." + key, child, into));
        }
        into.add(prefix);
    }
}
