package org.baocao.render.model;

/**
 * A section in a report's contents. When it is not translated into the page's language, {@code translated}
 * is false and {@code href} points at the language it exists in, named by {@code languageName}.
 */
public record SectionEntry(String key, int number, String title, String summary, String href, boolean translated,
                           String languageName, String languageCode) {}
