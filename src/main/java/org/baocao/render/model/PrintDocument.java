package org.baocao.render.model;

import java.util.List;

/**
 * print.ftlh: one PDF, one edition per language it holds (every language, one after the other, in the bilingual
 * edition). The template also sees the first edition's fields ({@link Edition}) as top-level names.
 */
public record PrintDocument(List<Edition> editions, boolean bilingual, PrintPage page, BrandModel brand) {}
