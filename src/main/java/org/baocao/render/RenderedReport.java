package org.baocao.render;

import java.util.List;
import java.util.Optional;
import org.baocao.content.Report;
import org.baocao.i18n.Formats;
import org.baocao.i18n.Messages;

/**
 * A report in one language, ready for the site and the PDF: sections present in that language, in order.
 *
 * @param downloads the data of every chart and table the sections place, as CSV files
 */
public record RenderedReport(Report report, String language, Formats formats, Messages messages,
                             List<RenderedSection> sections, List<MediaFile> media, List<DataDownload> downloads) {

    public Optional<RenderedSection> section(String key) {
        return sections.stream().filter(s -> s.section().key().equals(key)).findFirst();
    }
}
