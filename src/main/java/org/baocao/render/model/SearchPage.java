package org.baocao.render.model;

import java.util.List;

/**
 * search.ftlh: the search page.
 *
 * @param searchIndexHref   the script that holds the index of the page's language
 * @param otherIndexHrefs   the scripts of the other languages' indexes, loaded only when the page's language has no match
 */
public record SearchPage(String searchIndexHref, List<String> otherIndexHrefs) {}
