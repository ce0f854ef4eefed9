package org.baocao.yaml;

import java.util.AbstractCollection;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntFunction;

/**
 * An immutable map in file order over two arrays, for the mappings of a parsed YAML file. A large data set holds
 * hundreds of thousands of small mappings (a table's rows): as linked hash maps, wrapped unmodifiable, with a second
 * map of the keys' positions, they were most of a large build's live memory and of its collectors' work. Small maps
 * are searched in order; from {@link #HASHED} keys on, an open-addressing index of the keys' hashes is kept. The
 * views ({@link #keySet()}, {@link #values()}, {@link #entrySet()}) are made at each call and not kept.
 */
final class CompactMap<V> extends AbstractMap<String, V> {
    private static final int HASHED = 9;

    private final String[] keys;
    private final Object[] values;
    /** Slots of key index + 1 (0 = free), a power of two at least twice the size; null for small maps. */
    private final int[] slots;

    private CompactMap(String[] keys, Object[] values) {
        this.keys = keys;
        this.values = values;
        this.slots = keys.length < HASHED ? null : slots(keys);
    }

    private static int[] slots(String[] keys) {
        int[] slots = new int[Integer.highestOneBit(keys.length * 2 - 1) << 1];
        for (int i = 0; i < keys.length; i++) {
            int slot = keys[i].hashCode() & (slots.length - 1);
            while (slots[slot] != 0) slot = (slot + 1) & (slots.length - 1);
            slots[slot] = i + 1;
        }
        return slots;
    }

    /** Where {@code key} stands in file order, or -1. */
    int indexOf(Object key) {
        if (!(key instanceof String)) return -1;
        if (slots == null) {
            for (int i = 0; i < keys.length; i++) {
                if (keys[i] == key || keys[i].equals(key)) return i;
            }
            return -1;
        }
        int slot = key.hashCode() & (slots.length - 1);
        while (slots[slot] != 0) {
            int i = slots[slot] - 1;
            if (keys[i].equals(key)) return i;
            slot = (slot + 1) & (slots.length - 1);
        }
        return -1;
    }

    /** A map over the same keys whose values are made when asked for, from the key's index. */
    <W> Map<String, W> sameKeys(IntFunction<W> valueAt) {
        return new Derived<>(this, valueAt);
    }

    @Override
    public int size() {
        return keys.length;
    }

    @Override
    @SuppressWarnings("unchecked")
    public V get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : (V) values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<? super String, ? super V> action) {
        for (int i = 0; i < keys.length; i++) action.accept(keys[i], (V) values[i]);
    }

    @Override
    public Set<String> keySet() {
        return keySetOf(this);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Collection<V> values() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<V> iterator() {
                return new Walk<>(keys.length, i -> (V) values[i]);
            }

            @Override
            public int size() {
                return keys.length;
            }
        };
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<String, V>> entrySet() {
        return entrySetOf(this, i -> (V) values[i]);
    }

    private static Set<String> keySetOf(CompactMap<?> map) {
        return new AbstractSet<>() {
            @Override
            public Iterator<String> iterator() {
                return new Walk<>(map.keys.length, i -> map.keys[i]);
            }

            @Override
            public boolean contains(Object key) {
                return map.indexOf(key) >= 0;
            }

            @Override
            public int size() {
                return map.keys.length;
            }
        };
    }

    private static <W> Set<Entry<String, W>> entrySetOf(CompactMap<?> map, IntFunction<W> valueAt) {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, W>> iterator() {
                return new Walk<>(map.keys.length, i -> new SimpleImmutableEntry<>(map.keys[i], valueAt.apply(i)));
            }

            @Override
            public int size() {
                return map.keys.length;
            }
        };
    }

    /** Builds a map in the order of {@link #put}; a repeated key is the caller's to refuse ({@link #indexOf}). */
    static final class Builder<V> {
        private String[] keys = new String[4];
        private Object[] values = new Object[4];
        private int size;
        private Map<String, Integer> large;

        /** The index of a key put before, or -1. */
        int indexOf(String key) {
            if (large != null) return large.getOrDefault(key, -1);
            for (int i = 0; i < size; i++) {
                if (keys[i].equals(key)) return i;
            }
            return -1;
        }

        /** @return the new key's index */
        int put(String key, V value) {
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, size * 2);
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            keys[size] = key;
            values[size] = value;
            if (large == null && size >= HASHED) {
                large = new java.util.HashMap<>();
                for (int i = 0; i < size; i++) large.put(keys[i], i);
            }
            if (large != null) large.put(key, size);
            return size++;
        }

        CompactMap<V> build() {
            return new CompactMap<>(java.util.Arrays.copyOf(keys, size), java.util.Arrays.copyOf(values, size));
        }
    }

    /** A read-only map over a {@link CompactMap}'s keys, each value made from the key's index when asked for. */
    private static final class Derived<W> extends AbstractMap<String, W> {
        private final CompactMap<?> keys;
        private final IntFunction<W> valueAt;

        Derived(CompactMap<?> keys, IntFunction<W> valueAt) {
            this.keys = keys;
            this.valueAt = valueAt;
        }

        @Override
        public int size() {
            return keys.size();
        }

        @Override
        public W get(Object key) {
            int i = keys.indexOf(key);
            return i < 0 ? null : valueAt.apply(i);
        }

        @Override
        public boolean containsKey(Object key) {
            return keys.indexOf(key) >= 0;
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super W> action) {
            for (int i = 0; i < keys.keys.length; i++) action.accept(keys.keys[i], valueAt.apply(i));
        }

        @Override
        public Set<String> keySet() {
            return keySetOf(keys);
        }

        @Override
        public Set<Entry<String, W>> entrySet() {
            return entrySetOf(keys, valueAt);
        }
    }

    private static final class Walk<T> implements Iterator<T> {
        private final int size;
        private final IntFunction<T> at;
        private int next;

        Walk(int size, IntFunction<T> at) {
            this.size = size;
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            return next < size;
        }

        @Override
        public T next() {
            if (next >= size) throw new NoSuchElementException();
            return at.apply(next++);
        }
    }
}
