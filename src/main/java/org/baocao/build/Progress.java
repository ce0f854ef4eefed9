package org.baocao.build;

/**
 * What a build is doing, told as it goes so that the command line can show it: the stages in order, and within
 * {@link Stage#PDFS} each PDF as it is finished. Called from the threads that make the PDFs too.
 */
public interface Progress {
    /** Tells nothing: for the preview, the tests and {@code --quiet}. */
    Progress NONE = new Progress() {};

    enum Stage { READING, PDFS, SITE, PUBLISHING }

    default void stage(Stage stage) {}

    /** {@code done} of {@code total} PDFs are written; first called with 0 when the PDFs start. */
    default void pdfs(int done, int total) {}
}
