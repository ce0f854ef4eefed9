package org.baocao.render.html;

import java.util.List;

/**
 * A report as its pages and the archive show it, in one language. Optional parts are null when absent.
 *
 * @param summary what the archive says about the report: the summary of its first section in this language
 * @param draft   the report is unfinished (draft: true), shown only by the preview or a build with --drafts
 */
public record ReportCard(String id, String title, String subtitle, String summary, String period, String published, int year,
                         String href, String pdfHref, String pdfSize, String coverHref, String coverAlt,
                         List<KeyFigureView> keyFigures, List<SectionEntry> sections, boolean draft) {}
