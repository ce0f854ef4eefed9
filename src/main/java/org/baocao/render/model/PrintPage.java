package org.baocao.render.model;

/**
 * print.ftlh's {@code page}: the paper, for print.css's {@code @page} rule.
 *
 * @param size      the CSS page size ("A4 portrait"); in the print shop's file, the trim plus bleed and slug
 * @param margin    the page margin ("20mm"), grown by the slug in the print shop's file
 * @param small     true for A5 (site.yaml's print: page_size), for which the template sets smaller type
 * @param printShop true in the print shop's {@code -print.pdf} only
 * @param bleedMargin    the margin of the full-bleed pages (covers, whole-page photos): 0 for readers, the slug less the
 *                       bleed in the print shop's file, so that they reach into the bleed
 * @param sheetWidth     a full-bleed sheet's width: the trimmed page, plus the bleed on both sides in the print shop's file
 * @param sheetHeight    a full-bleed sheet's height, likewise
 * @param sheetPadding   the padding that keeps a full-bleed sheet's text inside the trim: the margin, plus the bleed
 * @param sideColumn     the width of the side column beside the body text (pull quotes), or null on A5, which has none
 * @param sideColumnInner the width of what stands in the side column, its gap to the text taken off
 * @param contentWidth   the page's text area across the side column, for charts, tables and full-width photos
 * @param chapterOpeners "page", "half" or "none" (site.yaml's print: chapter_openers)
 */
public record PrintPage(String size, String margin, boolean small, boolean printShop, String bleedMargin, String sheetWidth,
                        String sheetHeight, String sheetPadding, String sideColumn, String sideColumnInner, String contentWidth,
                        String chapterOpeners) {}
