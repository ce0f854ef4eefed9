package org.baocao.render;

import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.core.TemplateProcessingTracer;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.source.Diagnostic;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;

/**
 * Runs a template with bounds, so that no narrative or theme template can hang or crash the build: a limit on its
 * processor time (FreeMarker checks the thread's interrupt flag in every loop and macro once {@link #prepare} added the checks), a
 * limit on the text written, and as a last resort the recursion (StackOverflowError) and the one huge value
 * ({@code ?left_pad(1500000000)}, OutOfMemoryError) a template can ask for. FreeMarker keeps no position once such
 * an error has unwound the template, so a {@link Trace} follows the elements the template runs and the place
 * reported is the directive that was running when it was stopped.
 */
public final class TemplateGuard {
    /** Far above what any real template takes (a few milliseconds), well below a user giving up on the build. */
    public static final long TIME_LIMIT_SECONDS = 5;
    private static final long CHECK_MILLIS = 200;
    /** Characters one template may write: a hundred times the largest report. */
    public static final int MAX_OUTPUT_CHARS = 50_000_000;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "baocao-template-watchdog");
        thread.setDaemon(true);
        return thread;
    });

    private static final Pattern LOOP = Pattern.compile("<#(list|items|macro|function)\\b");
    private static final Pattern RECURSION = Pattern.compile("<#(macro|function)\\b");
    private static final Pattern PADDING = Pattern.compile("\\?(?:left|right)_pad\\s*\\(\\s*(\\d+)");
    private static final Pattern HUGE_VALUE = Pattern.compile("\\?(left_pad|right_pad)\\b|<#(list|macro|function)\\b");

    private TemplateGuard() {}

    /** Why a template was stopped, with the message's arguments, and where in its text (1-based line and column; 0 when unknown). */
    public record Stopped(Message message, Object[] arguments, int line, int column) {}

    /** Work on a template that may throw what templates throw; it sets {@code trace} on the template's Environment. */
    public interface Work {
        void run(Writer out, TemplateProcessingTracer trace) throws TemplateException, IOException;
    }

    /** A syntax error in a theme template, at FreeMarker's line and column (not 1:1) of {@code file}. */
    public static Diagnostic syntaxError(ParseException e, String file) {
        String problem = TemplateSyntax.firstSentence(e.getEditorMessage()).split("(?<=\\.) ")[0];
        return Diagnostic.error(new SourcePosition(file, e.getLineNumber(), e.getColumnNumber(), ""),
                Message.THEME_SYNTAX.with(problem), null);
    }

    /** Adds the interruption checks the time limit relies on; once per parsed template. */
    public static Template prepare(Template template) {
        _CoreAPI.addThreadInterruptedChecks(template);
        return template;
    }

    /**
     * A configuration whose every template, included and imported ones too, gets the interruption checks once, when
     * it is first loaded (every getTemplate overload, and FreeMarker's include and import, go through this one).
     */
    public static Configuration configuration() {
        return new Configuration(TemplateWrapper.VERSION) {
            private final Set<Template> prepared = Collections.newSetFromMap(new WeakHashMap<>());

            @Override
            public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
                Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
                if (template != null) {
                    synchronized (prepared) {
                        if (prepared.add(template)) prepare(template);
                    }
                }
                return template;
            }
        };
    }

    /**
     * Runs {@code work} writing into {@code out} within the bounds.
     *
     * @param template the template run: a stop is placed on its line (the directive of an included template that was
     *                 running is reached through the include); null to place it in any template
     * @param source   the template's text, to point at the likely cause when no directive was running
     * @return null when it ran to its end (TemplateExceptions are the caller's), else why it was stopped
     */
    public static Stopped run(Template template, Supplier<String> source, Writer out, Work work) throws TemplateException, IOException {
        Stopped padding = hugePadding(source.get());
        if (padding != null) return padding;
        Thread thread = Thread.currentThread();
        Object lock = new Object();
        boolean[] state = new boolean[2]; // done, timed out
        // The processor time the template takes, not the time on the clock: on a busy machine a page may wait
        // seconds for the processor, and must not be stopped for that.
        LongSupplier used = processorTime(thread);
        long start = used.getAsLong();
        ScheduledFuture<?> deadline = WATCHDOG.scheduleAtFixedRate(() -> {
            synchronized (lock) {
                if (!state[0] && !state[1] && used.getAsLong() - start > TimeUnit.SECONDS.toNanos(TIME_LIMIT_SECONDS)) {
                    state[1] = true;
                    thread.interrupt();
                }
            }
        }, CHECK_MILLIS, CHECK_MILLIS, TimeUnit.MILLISECONDS);
        Trace trace = new Trace(template);
        BoundedWriter bounded = new BoundedWriter(out, trace);
        try {
            work.run(bounded, trace);
            return null;
        } catch (StackOverflowError e) {
            return stopped(trace.deepest, source, RECURSION, Message.TEMPLATE_RECURSION);
        } catch (OutOfMemoryError | BoundedWriter.TooMuchText e) {
            // The same words for both: whether a huge ?left_pad fails on allocation or on writing depends on the memory.
            return stopped(trace.whenStopped, source, HUGE_VALUE, Message.TEMPLATE_TOO_LONG, MAX_OUTPUT_CHARS / 1_000_000);
        } catch (RuntimeException e) {
            if (!timedOut(lock, state)) throw e;
            return stopped(trace.whenStopped, source, LOOP, Message.TEMPLATE_TOO_SLOW, TIME_LIMIT_SECONDS);
        } finally {
            deadline.cancel(false);
            if (timedOut(lock, state)) Thread.interrupted();
        }
    }

    /**
     * Follows the elements (directives, interpolations, text) the template runs, on its thread: it remembers the
     * innermost one of the template itself when the template is stopped (interrupted, or writing too much), and the
     * one at the deepest nesting, where a recursion overflows the stack (FreeMarker enters a macro's definition at
     * each call, so a recursion is placed at the macro that calls itself).
     */
    static final class Trace implements TemplateProcessingTracer {
        private final Template template;
        private TracedElement[] elements = new TracedElement[64];
        /** For each depth, the index of the innermost element of {@link #template} at or above it; -1 when none. */
        private int[] own = new int[64];
        private int depth;
        private int deepestDepth;
        TracedElement deepest;
        TracedElement whenStopped;

        Trace(Template template) {
            this.template = template;
        }

        @Override
        public void enterElement(Environment env, TracedElement element) {
            if (depth == elements.length) {
                elements = Arrays.copyOf(elements, depth * 2);
                own = Arrays.copyOf(own, depth * 2);
            }
            elements[depth] = element;
            own[depth] = template == null || element.getTemplate() == template ? depth : depth == 0 ? -1 : own[depth - 1];
            depth++;
            if (depth > deepestDepth) {
                deepestDepth = depth;
                deepest = current();
            }
            // The watchdog interrupts the thread; FreeMarker's check, entered next, ends the template.
            if (whenStopped == null && Thread.currentThread().isInterrupted()) whenStopped = current();
        }

        @Override
        public void exitElement(Environment env, TracedElement element) {
            // Interrupted between entering FreeMarker's check and the check itself: the first exit of the unwinding.
            if (whenStopped == null && Thread.currentThread().isInterrupted()) whenStopped = current();
            depth--;
        }

        void stoppedNow() {
            if (whenStopped == null) whenStopped = current();
        }

        private TracedElement current() {
            int index = depth == 0 ? -1 : own[depth - 1];
            return index < 0 ? null : elements[index];
        }
    }

    /** A ?left_pad or ?right_pad to a written width beyond the limit: refused before it takes gigabytes of memory. */
    private static Stopped hugePadding(String source) {
        if (!source.contains("_pad")) return null;
        List<String> lines = source.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            Matcher pad = PADDING.matcher(lines.get(i));
            while (pad.find()) {
                if (pad.group(1).length() > 9 || Long.parseLong(pad.group(1)) > MAX_OUTPUT_CHARS) {
                    return new Stopped(Message.TEMPLATE_TOO_LONG, new Object[] {MAX_OUTPUT_CHARS / 1_000_000}, i + 1, pad.start() + 1);
                }
            }
        }
        return null;
    }

    /** The thread's processor time in nanoseconds, or the clock's time where the JVM cannot measure it. */
    private static LongSupplier processorTime(Thread thread) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (!threads.isThreadCpuTimeSupported() || !threads.isThreadCpuTimeEnabled()) return System::nanoTime;
        long id = thread.getId();
        return () -> threads.getThreadCpuTime(id);
    }

    /** Marks the work done; whether the deadline had passed (then the thread's interrupt flag is ours to clear). */
    private static boolean timedOut(Object lock, boolean[] state) {
        synchronized (lock) {
            state[0] = true;
            return state[1];
        }
    }

    /** Stopped at {@code element}, or, when no element of the template was running, at the likely cause in its text. */
    private static Stopped stopped(TemplateProcessingTracer.TracedElement element, Supplier<String> source, Pattern cause,
            Message message, Object... arguments) {
        if (element != null) return new Stopped(message, arguments, element.getBeginLine(), element.getBeginColumn());
        List<String> lines = source.get().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            var found = cause.matcher(lines.get(i));
            if (found.find()) return new Stopped(message, arguments, i + 1, found.start() + 1);
        }
        return new Stopped(message, arguments, 0, 0);
    }

    /** Passes text on until the limit, then refuses: a loop that writes without end stops long before memory runs out. */
    private static final class BoundedWriter extends Writer {
        private final Writer out;
        private final Trace trace;
        private long written;

        BoundedWriter(Writer out, Trace trace) {
            this.out = out;
            this.trace = trace;
        }

        private void count(int length) throws TooMuchText {
            written += length;
            if (written > MAX_OUTPUT_CHARS) {
                trace.stoppedNow();
                throw new TooMuchText();
            }
        }

        /** An IOException, which FreeMarker passes on as it is (it would wrap a RuntimeException). */
        static final class TooMuchText extends IOException {}

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            count(length);
            out.write(chars, offset, length);
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            count(length);
            out.write(text, offset, length);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
