package org.baocao.render.model;

/**
 * print.ftlh's {@code page}: the paper, for print.css's {@code @page} rule.
 *
 * @param size      the CSS page size ("A4 portrait"); in the print shop's file, the trim plus bleed and slug
 * @param margin    the page margin ("20mm"), grown by the slug in the print shop's file
 * @param small     true for A5 (site.yaml's print: page_size), for which the template sets smaller type
 * @param printShop true in the print shop's {@code -print.pdf} only
 */
public record PrintPage(String size, String margin, boolean small, boolean printShop) {}
