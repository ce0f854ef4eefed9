package org.baocao.cli;

import java.io.PrintWriter;
import org.baocao.build.Progress;
import org.baocao.source.Message;

/**
 * Shows a build's progress on standard error: on a terminal one line redrawn in place (with a bar while the PDFs
 * are made), elsewhere (a log, a CI job) one plain line per stage and per PDF.
 */
final class BuildProgress implements Progress {
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean terminal;
    private int drawnWidth;

    private BuildProgress(PrintWriter err, boolean terminal) {
        this.err = err;
        this.terminal = terminal;
    }

    /** Nothing with --quiet; on a terminal (System.console() is set) a redrawn line; plain lines otherwise. */
    static Progress choose(boolean quiet, boolean terminal, PrintWriter err) {
        return quiet ? Progress.NONE : new BuildProgress(err, terminal);
    }

    @Override
    public synchronized void stage(Stage stage) {
        show(switch (stage) {
            case READING -> Message.LINE_PROGRESS_READING.format();
            case PDFS -> Message.LINE_PROGRESS_PDFS.format();
            case SITE -> Message.LINE_PROGRESS_SITE.format();
            case PUBLISHING -> Message.LINE_PROGRESS_PUBLISHING.format();
        });
    }

    @Override
    public synchronized void pdfs(int done, int total) {
        if (!terminal && done == 0) return;
        if (!terminal) {
            show(Message.LINE_PROGRESS_PDF.format(done, total));
            return;
        }
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        show(Message.LINE_PROGRESS_PDFS.format() + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] " + done + "/" + total);
    }

    /** Clears the redrawn line, so that the build's result is printed on a clean line. */
    synchronized void finish() {
        if (terminal && drawnWidth > 0) {
            err.print("\r" + " ".repeat(drawnWidth) + "\r");
            err.flush();
            drawnWidth = 0;
        }
    }

    private void show(String line) {
        if (terminal) {
            err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
