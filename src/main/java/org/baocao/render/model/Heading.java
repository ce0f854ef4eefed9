package org.baocao.render.model;

/** A heading inside a section, for the in-page contents and the PDF bookmarks. */
public record Heading(String id, String text, int level) {}
