package org.baocao.render.html;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.baocao.i18n.Formats;

/** "1,2 MB" / "1.2 MB": file sizes for download links, in the page's number format. */
final class FileSizes {
    private FileSizes() {}

    static String format(long bytes, Formats formats) {
        if (bytes < 1024 * 1024) {
            return formats.number(BigDecimal.valueOf(Math.max(1, Math.round(bytes / 1024.0)))) + " KB";
        }
        return formats.number(BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.HALF_UP)) + " MB";
    }
}
