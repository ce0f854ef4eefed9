package org.baocao.render.model;

/** report.ftlh: a report's front page. */
public record ReportPage(ReportCard report) {}
