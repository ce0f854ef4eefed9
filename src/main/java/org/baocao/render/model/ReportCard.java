package org.baocao.render.model;

import java.util.List;

/**
 * A report as its pages and the archive show it, in one language. Optional parts are null when absent.
 *
 * @param summary what the archive says about the report: the summary of its first section in this language
 * @param period  the period the report covers, its dates in the language's format ("1/1/2020 – 31/12/2020")
 * @param published the publication date, formatted
 * @param year    the year the period ends in
 * @param publishedYear the year of publication, for a copyright line
 * @param href    the report's front page; in the print edition, the edition's anchor
 * @param pdfHref the reader's PDF, or null (always in the print edition)
 * @param pdfSize the PDF's size as the language writes it ("1,2 MB"), or null
 * @param coverHref the cover image, or null
 * @param coverAlt the cover image's text alternative
 * @param draft   the report is unfinished (draft: true), shown only by the preview or a build with --drafts
 */
public record ReportCard(String id, String title, String subtitle, String summary, String period, String published, int year,
                         int publishedYear,
                         String href, String pdfHref, String pdfSize, String coverHref, String coverAlt,
                         List<KeyFigureView> keyFigures, List<SectionEntry> sections, boolean draft) {}
