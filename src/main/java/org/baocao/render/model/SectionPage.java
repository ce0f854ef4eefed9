package org.baocao.render.model;

/**
 * section.ftlh: one section of a report.
 *
 * @param previous the section before it in this language, or null on the first
 * @param next     the section after it, or null on the last
 */
public record SectionPage(ReportCard report, SectionView section, PageLink previous, PageLink next) {}
