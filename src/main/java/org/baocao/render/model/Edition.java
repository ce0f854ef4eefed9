package org.baocao.render.model;

import java.util.List;
import java.util.Map;
import org.baocao.i18n.Language;

/**
 * One language's edition in print.ftlh: each of {@code editions}; the first one's fields are also print.ftlh's
 * top-level names.
 *
 * @param id           the edition's element id ("vi-edition")
 * @param t            the theme's interface strings in this language
 * @param report       the report in this language: in print, its {@code href} is "#" plus {@code id}, {@code pdfHref}
 *                     and {@code pdfSize} are null, and its sections' {@code href} are in-document anchors (null for a
 *                     section this language lacks)
 * @param titleHtml    the title as HTML, a year range such as 2016–2020 kept on one line: print with {@code ?no_esc}
 * @param keyFiguresId the element id of the key figures' page
 * @param sections     the sections of this language, numbered in this document
 * @param footer       the page footer as a CSS {@code content} value, from the {@code page_footer} string: print with
 *                     {@code ?no_esc}
 * @param contacts     the organisation's contacts in this language
 */
public record Edition(String id, String lang, Language language, Map<String, String> t, String organization,
                      String organizationShort, ReportCard report, String titleHtml, String keyFiguresId,
                      List<SectionView> sections, String footer, ContactsModel contacts) {}
