package org.baocao.build;

import java.util.List;

/** What a build did; {@code succeeded} is false when the content had errors and nothing was published. */
public record BuildResult(boolean succeeded, int pages, List<String> pdfs, long millis) {}
