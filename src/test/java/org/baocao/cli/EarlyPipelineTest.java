package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.baocao.build.Pipeline;
import org.junit.jupiter.api.Test;

/** The pipeline made on another thread while picocli reads the command line is the one the command gets, once. */
class EarlyPipelineTest {
    private final List<String> madeOn = new ArrayList<>();
    private Pipeline made;

    private final Callable<Pipeline> make = () -> {
        synchronized (madeOn) {
            madeOn.add(Thread.currentThread().getName());
        }
        made = new Pipeline();
        return made;
    };

    @Test
    void aBuildGetsThePipelineMadeForItOnAnotherThread() {
        EarlyPipeline.startFor(new String[] {"build", "--quiet"}, make);
        EarlyPipeline.startFor(new String[] {"build"}, make); // one at a time
        Pipeline taken = EarlyPipeline.take();
        assertSame(made, taken);
        assertEquals(List.of("baocao-starting"), madeOn);
        assertNotSame(taken, EarlyPipeline.take(), "a second command must not share the first one's pipeline");
    }

    @Test
    void thePreviewGetsOneToo() {
        EarlyPipeline.startFor(new String[] {"serve", "--no-pdf"}, make);
        Pipeline taken = EarlyPipeline.take();
        assertSame(made, taken);
        assertEquals(List.of("baocao-starting"), madeOn);
    }

    @Test
    void otherCommandsStartNothing() {
        EarlyPipeline.startFor(new String[] {"bench"}, make);
        EarlyPipeline.startFor(new String[] {"translations"}, make);
        EarlyPipeline.startFor(new String[] {}, make);
        EarlyPipeline.take();
        assertNull(made);
    }
}
