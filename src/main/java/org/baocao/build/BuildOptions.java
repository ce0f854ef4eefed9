package org.baocao.build;

import java.nio.file.Path;

/**
 * @param project the project folder (holding content/ and perhaps templates/)
 * @param output  where the site goes; output/ in the project by default
 * @param pdf     false skips the PDFs (faster previews)
 * @param strict  warnings count as errors
 * @param drafts  publish the reports marked {@code draft: true} too
 */
public record BuildOptions(Path project, Path output, boolean pdf, boolean strict, boolean drafts) {

    /** Without the draft reports. */
    public BuildOptions(Path project, Path output, boolean pdf, boolean strict) {
        this(project, output, pdf, strict, false);
    }
}
