package org.baocao.render.html;

/** A key figure, formatted in the page's language. */
public record KeyFigureView(String label, String value) {}
