package org.baocao.build;

import java.util.List;

/**
 * What a build did; {@code succeeded} is false when the content had errors and nothing was published.
 *
 * @param pdfs          the readers' PDFs, which the website links to, by output path
 * @param printShopPdfs the print shop's files (site.yaml {@code print_shop: true}), linked from nowhere
 * @param copiedPdfs    those of both that are the same, byte for byte, as when they were last made, and were copied
 * @param leftOut       the draft reports not published, newest first
 */
public record BuildResult(boolean succeeded, int pages, List<String> pdfs, List<String> printShopPdfs, List<String> copiedPdfs,
                          long millis, List<LeftOutDraft> leftOut) {

    static BuildResult failed(long millis, List<LeftOutDraft> leftOut) {
        return new BuildResult(false, 0, List.of(), List.of(), List.of(), millis, leftOut);
    }
}
