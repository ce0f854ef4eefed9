package org.baocao.render.model;

/** 404.ftlh: the page a web host shows for an unknown address; it has only the {@link WebFrame}. */
public record NotFoundPage() {}
