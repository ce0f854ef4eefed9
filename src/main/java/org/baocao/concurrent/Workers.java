package org.baocao.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs independent jobs on every core, with the results in the order of the jobs. The threads get the main thread's
 * stack size: the depth limits on content (nested lists, quotes, YAML) were set on the main thread's 8 MB, not on the
 * 1 MB a pool thread has by default.
 */
public final class Workers {
    private static final long STACK_BYTES = 8L * 1024 * 1024;

    private Workers() {}

    public static <T> List<T> run(String name, List<Callable<T>> jobs) {
        int threads = Math.min(jobs.size(), Runtime.getRuntime().availableProcessors());
        if (threads <= 1) return runHere(jobs);
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                runnable -> new Thread(null, runnable, "baocao-" + name + "-" + count.incrementAndGet(), STACK_BYTES));
        try {
            List<Future<T>> futures = jobs.stream().map(pool::submit).toList();
            List<T> results = new ArrayList<>(futures.size());
            for (Future<T> future : futures) results.add(future.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + name, e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Starts {@code job} on a thread of its own, with the main thread's stack, which does not keep the process alive;
     * {@link #result} waits for it.
     */
    public static <T> Future<T> inBackground(String name, Callable<T> job) {
        FutureTask<T> task = new FutureTask<>(job);
        Thread thread = new Thread(null, task, "baocao-" + name, STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** What a job of {@link #inBackground} made, or its own failure, as if it had run on the calling thread. */
    public static <T> T result(Future<T> background) {
        try {
            return background.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a job", e);
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        }
    }

    private static <T> List<T> runHere(List<Callable<T>> jobs) {
        List<T> results = new ArrayList<>(jobs.size());
        for (Callable<T> job : jobs) {
            try {
                results.add(job.call());
            } catch (Exception e) {
                throw rethrown(e);
            }
        }
        return results;
    }

    /** The job's own failure, as if it had run on the calling thread. */
    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) throw runtime;
        if (cause instanceof Error error) throw error;
        throw new IllegalStateException(cause);
    }
}
