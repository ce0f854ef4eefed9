package org.baocao.render.model;

import java.util.List;

/**
 * A section's text as a page or the print edition shows it: section.ftlh's {@code section}, and each of print.ftlh's
 * {@code e.sections}.
 *
 * @param key      the section's file name without .md ("01-overview")
 * @param id       its element id in the document: "vi-s-01-overview" in the print edition; on the site, where each
 *                 section is a page of its own, its key
 * @param number   its place among the sections the document holds, from 1
 * @param summary  the front matter's summary, or null
 * @param html     the section's body as HTML, its links resolved for this document: print it with {@code ?no_esc}
 * @param headings its level-2 headings, their ids as the document has them
 */
public record SectionView(String key, String id, int number, String title, String summary, String html, List<Heading> headings) {}
