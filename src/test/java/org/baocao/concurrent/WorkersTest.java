package org.baocao.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {
    @Test
    void resultsComeInTheOrderOfTheJobsWhicheverFinishesFirst() {
        List<Callable<Integer>> jobs = IntStream.range(0, 20).<Callable<Integer>>mapToObj(i -> () -> {
            Thread.sleep((20 - i) * 2L);
            return i;
        }).toList();
        assertEquals(IntStream.range(0, 20).boxed().toList(), Workers.run("test", jobs));
    }

    @Test
    void aJobsOwnFailureReachesTheCallerAsItWasThrown() {
        IllegalArgumentException thrown = new IllegalArgumentException("bad content");
        List<Callable<Integer>> jobs = List.of(() -> 1, () -> { throw thrown; }, () -> 3);
        assertSame(thrown, assertThrows(IllegalArgumentException.class, () -> Workers.run("test", jobs)));
    }

    @Test
    void anErrorIsNotWrapped() {
        List<Callable<Integer>> jobs = List.of(() -> 1, () -> { throw new StackOverflowError(); });
        assertThrows(StackOverflowError.class, () -> Workers.run("test", jobs));
    }

    @Test
    void poolThreadsHaveTheMainThreadsStackForDeepContent() throws InterruptedException {
        int deep = 40_000;
        // The same depth overflows a thread with a pool's default 1 MB stack: so this test can fail.
        boolean[] overflowed = {false};
        Thread small = new Thread(null, () -> {
            try {
                depth(deep);
            } catch (StackOverflowError e) {
                overflowed[0] = true;
            }
        }, "small", 1024 * 1024);
        small.start();
        small.join();
        assertTrue(overflowed[0]);
        List<Callable<Integer>> jobs = List.of(() -> depth(deep), () -> depth(deep));
        assertEquals(List.of(deep, deep), Workers.run("test", jobs));
    }

    private static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    @Test
    void aBackgroundJobGivesItsResultOrItsOwnFailureAndDoesNotKeepTheProcessAlive() {
        assertEquals("made on " + "baocao-testing", Workers.result(Workers.inBackground("testing",
                () -> Thread.currentThread().isDaemon() ? "made on " + Thread.currentThread().getName() : "kept alive")));
        IllegalArgumentException thrown = new IllegalArgumentException("bad");
        assertSame(thrown, assertThrows(IllegalArgumentException.class,
                () -> Workers.result(Workers.inBackground("failing", () -> { throw thrown; }))));
    }
}
