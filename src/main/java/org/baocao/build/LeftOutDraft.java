package org.baocao.build;

/**
 * A draft report that a build did not publish. The problems found in its folder were left out of the build's
 * diagnostics with it (a draft is unfinished by nature): they are counted here, and {@code baocao check} lists them.
 *
 * @param reportFile the report.yaml that says {@code draft: true}, relative to the project
 */
public record LeftOutDraft(String id, String reportFile, long errors, long warnings) {}
