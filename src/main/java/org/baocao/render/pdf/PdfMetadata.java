package org.baocao.render.pdf;

import java.time.Instant;
import java.util.Objects;

/**
 * Document metadata written to the PDF info dictionary and XMP packet.
 *
 * @param language BCP 47 tag such as "vi" or "en"; becomes the catalog /Lang
 * @param date     creation and modification date: fixed by the caller so that output is reproducible
 * @param keywords may be null
 */
public record PdfMetadata(String title, String author, String subject, String language,
                          Instant date, String keywords) {
    public PdfMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        if (title.isBlank()) throw new IllegalArgumentException("PDF/UA needs a non-empty title");
    }
}
