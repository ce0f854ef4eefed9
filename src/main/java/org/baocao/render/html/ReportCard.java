package org.baocao.render.html;

import java.util.List;

/** A report as its pages and the archive show it, in one language. Optional parts are null when absent. */
public record ReportCard(String id, String title, String subtitle, String period, String published, int year,
                         String href, String pdfHref, String pdfSize, String coverHref, String coverAlt,
                         List<KeyFigureView> keyFigures, List<SectionEntry> sections) {}
