package org.baocao.render.model;

/** search.ftlh: the search page. @param searchIndexHref the script that holds the index of every language */
public record SearchPage(String searchIndexHref) {}
