package org.baocao.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.baocao.build.Pipeline;
import org.baocao.concurrent.Workers;

/**
 * The {@link Pipeline} of a {@code build}, {@code check} or {@code serve}, made on another core while picocli reads the
 * command line: making it (the template engine, the Markdown parser) and reading the command line each took about a
 * tenth of the sample's build, one after the other on one core.
 */
final class EarlyPipeline {
    private static final AtomicReference<Future<Pipeline>> STARTED = new AtomicReference<>();

    private EarlyPipeline() {}

    /** Starts making the pipeline when the command line names a command that will need one. */
    static void startFor(String[] args) {
        startFor(args, Pipeline::new);
    }

    static void startFor(String[] args, Callable<Pipeline> make) {
        if (args.length == 0 || !List.of("build", "check", "serve").contains(args[0])) return;
        synchronized (STARTED) {
            if (STARTED.get() == null) STARTED.set(Workers.inBackground("starting", make));
        }
    }

    /** The pipeline started for this command, once; else (the tests, or a second command in one process) a new one. */
    static Pipeline take() {
        Future<Pipeline> started = STARTED.getAndSet(null);
        if (started == null) return new Pipeline();
        return Workers.result(started);
    }
}
