package org.baocao.render.model;

/**
 * The same page in another language. When that page does not exist, {@code href} goes to the report's front
 * page (or the archive) and {@code exists} is false, so the theme can say so.
 *
 * @param path the target page's path from the output folder, such as "en/2020/overview/"
 */
public record LanguageLink(String code, String name, String locale, String path, String href, String absoluteUrl,
                           boolean current, boolean exists) {}
