package org.baocao.render.model;

import java.util.List;

/** archive.ftlh: a language's list of reports, newest first. */
public record ArchivePage(List<ReportCard> reports) {}
