package org.baocao.source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What earlier loads made of some files (by a key: a file's path, a report), with the problems found making it,
 * kept by the live preview until it is told to {@link #forget} it: the preview knows which files change, so nothing is
 * fingerprinted. Nothing made with errors is kept. A load that keeps nothing ({@link #nothing()}) makes all again.
 */
public final class Kept<V> {
    private record Entry<V>(V value, List<Diagnostic> diagnostics) {}

    private final Map<String, Entry<V>> entries = new ConcurrentHashMap<>();
    private final boolean keeps;

    private Kept(boolean keeps) {
        this.keeps = keeps;
    }

    /** Kept between loads, as the live preview does. */
    public static <V> Kept<V> between() {
        return new Kept<>(true);
    }

    /** For a single load: keeps nothing. */
    public static <V> Kept<V> nothing() {
        return new Kept<>(false);
    }

    /**
     * The value kept for {@code key}, its problems added to {@code diagnostics} again, or else what {@code make}
     * makes, given the diagnostics to report to (its own, to be kept with it).
     */
    public V get(String key, Diagnostics diagnostics, Function<Diagnostics, V> make) {
        if (!keeps) return make.apply(diagnostics);
        Entry<V> kept = entries.get(key);
        if (kept != null) {
            kept.diagnostics().forEach(diagnostics::add);
            return kept.value();
        }
        Diagnostics own = new Diagnostics();
        V value = make.apply(own);
        List<Diagnostic> found = own.sorted();
        found.forEach(diagnostics::add);
        if (value != null && !own.hasErrors()) entries.put(key, new Entry<>(value, found));
        return value;
    }

    public void forget(String key) {
        entries.remove(key);
    }

    public void forgetIf(Predicate<String> key) {
        entries.keySet().removeIf(key);
    }

    public void clear() {
        entries.clear();
    }
}
