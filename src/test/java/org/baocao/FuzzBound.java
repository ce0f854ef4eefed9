package org.baocao;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input within a time limit, failing as a finding when it takes longer: JUnit's @Timeout cannot do it
 * for a fuzz test, as it would also bound the whole fuzzing run (maxDuration).
 */
public final class FuzzBound {
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fuzz-input");
        thread.setDaemon(true);
        return thread;
    });

    private FuzzBound() {}

    /** A piece of work that may fail as a test does. */
    public interface Work {
        void run() throws Exception;
    }

    public static void within(long seconds, Work work) throws Exception {
        Future<?> running = WORKER.submit(() -> {
            work.run();
            return null;
        });
        try {
            running.get(seconds, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("the input took more than " + seconds + " s", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) throw cause;
            if (e.getCause() instanceof Error error) throw error;
            throw e;
        }
    }
}
