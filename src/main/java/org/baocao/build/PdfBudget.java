package org.baocao.build;

import java.util.List;
import java.util.concurrent.Semaphore;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;

/**
 * How many PDFs render at once: at most one a core, and no more than the heap holds. A PDF being laid out keeps its
 * whole document in memory (boxes, styles, the PDF's objects), about {@link #BYTES_PER_HTML_CHAR} bytes for each
 * character of its sections' HTML: a 200-page edition of 0.77 MB of HTML took about 140 MB. Each render reserves its
 * estimate from a budget of part of the heap first, so that a few large reports render one after another where many
 * small ones render side by side.
 */
final class PdfBudget {
    /** Measured on `baocao bench --chapters 40` (two 205-page PDFs at once, heap after GC), rounded up. */
    static final long BYTES_PER_HTML_CHAR = 200;
    /** The renderer, its fonts and a cover, whatever the text. */
    static final long BYTES_PER_PDF = 32L << 20;
    /** The rest is for the rendered reports, which the site still needs, and the site's writing. */
    static final double HEAP_SHARE = 0.6;

    private final int megabytes;
    private final Semaphore reserved;

    PdfBudget(long maxHeapBytes) {
        this.megabytes = (int) Math.max(1, (long) (maxHeapBytes * HEAP_SHARE) >> 20);
        this.reserved = new Semaphore(megabytes, true);
    }

    /** For this JVM's heap limit. */
    static PdfBudget ofHeap() {
        return new PdfBudget(Runtime.getRuntime().maxMemory());
    }

    /** Threads for {@code jobs} PDFs: one a core, never more than there are PDFs. */
    static int threads(int jobs, int cores) {
        return Math.max(1, Math.min(jobs, cores));
    }

    /** The memory a PDF of these editions is expected to need while it renders, in megabytes. */
    static int estimateMegabytes(List<RenderedReport> editions) {
        long chars = 0;
        for (RenderedReport edition : editions) {
            for (RenderedSection section : edition.sections()) chars += section.html().length();
        }
        return (int) Math.max(1, (BYTES_PER_PDF + chars * BYTES_PER_HTML_CHAR) >> 20);
    }

    /** Waits until {@code megabytes} (at most the whole budget: a PDF larger than it then renders alone) are free. */
    int reserve(int megabytes) throws InterruptedException {
        int taken = Math.min(megabytes, this.megabytes);
        reserved.acquire(taken);
        return taken;
    }

    void release(int taken) {
        reserved.release(taken);
    }

    int megabytes() {
        return megabytes;
    }
}
