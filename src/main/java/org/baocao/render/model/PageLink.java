package org.baocao.render.model;

/** A link in a page's navigation; {@code href} is relative to the page. */
public record PageLink(String label, String href) {}
