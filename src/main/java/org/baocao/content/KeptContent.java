package org.baocao.content;

import java.util.Map;
import org.baocao.source.Kept;

/**
 * What {@link ContentLoader} read in earlier loads and the live preview keeps, since it knows which files change:
 * each narrative (by its path), and each report's data files and data sets (by the report's id), so that a save
 * reads again only the changed file. The preview forgets a report's data whenever a data set, media or the
 * sections of that report change, or a data set that report names; everything when any other file changes.
 */
public final class KeptContent {
    private final Kept<Narrative> narratives;
    private final Kept<ContentLoader.DataFiles> dataFiles;
    private final Kept<Map<String, DataSet>> dataSets;

    private KeptContent(boolean keeps) {
        narratives = keeps ? Kept.between() : Kept.nothing();
        dataFiles = keeps ? Kept.between() : Kept.nothing();
        dataSets = keeps ? Kept.between() : Kept.nothing();
    }

    public static KeptContent between() {
        return new KeptContent(true);
    }

    public static KeptContent nothing() {
        return new KeptContent(false);
    }

    /** A file changed: {@code path} relative to the project, with '/'. */
    public void forgetFile(String path) {
        narratives.forget(path);
    }

    /** One of the report's data files, media or sections changed, or a data set it names. */
    public void forgetReport(String reportId) {
        narratives.forgetIf(path -> path.startsWith("content/reports/" + reportId + "/"));
        dataFiles.forget(reportId);
        dataSets.forget(reportId);
    }

    public void clear() {
        narratives.clear();
        dataFiles.clear();
        dataSets.clear();
    }

    Kept<Narrative> narratives() {
        return narratives;
    }

    Kept<ContentLoader.DataFiles> dataFiles() {
        return dataFiles;
    }

    Kept<Map<String, DataSet>> dataSets() {
        return dataSets;
    }
}
