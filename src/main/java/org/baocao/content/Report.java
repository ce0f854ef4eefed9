package org.baocao.content;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.baocao.i18n.LocalizedText;

/**
 * One report folder, content/reports/&lt;id&gt;/.
 *
 * @param cover     path relative to the report folder
 * @param dataSets  by name, in file-name order
 * @param unreadableDataSets names of data sets whose files have errors (already reported), so that their uses are not
 *                  reported again
 * @param sections  in file-name order
 * @param draft     still being written: {@code baocao build} leaves it out unless asked, {@code baocao serve} shows it
 */
public record Report(String id, Path folder, LocalizedText title, Optional<LocalizedText> subtitle,
                     LocalDate start, LocalDate end, LocalDate published, Optional<String> cover,
                     List<KeyFigure> keyFigures, Map<String, DataSet> dataSets, Set<String> unreadableDataSets,
                     List<Section> sections, boolean draft) {

    /** A report folder with data but no sections: its figures are there to be named, it is never published. */
    public boolean isDataOnly() {
        return sections.isEmpty();
    }

    public Optional<Section> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
