package org.baocao.content;

import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import org.baocao.i18n.Languages;
import org.baocao.i18n.LocalizedTexts;
import org.baocao.source.Diagnostics;
import org.baocao.yaml.YamlValue;

/**
 * A data set's values in one language, as templates see them: a read-only view of the parsed file in which a
 * localized text {@code {vi: ..., en: ...}} is that language's text, a mapping a {@link Map} and a list a
 * {@link List}, each made when a template asks for it. A copy per language of every value (a large report's tables
 * have thousands of rows) was a tenth of a large build's memory, for the few values a narrative prints.
 */
final class DataView {
    /** The keys whose texts name charts and tables: their readers report those texts, the view does not. */
    private static final Set<String> FIGURE_BLOCKS = Set.of("charts", "tables");

    private final Languages languages;
    private final String language;
    /**
     * Mappings meant as a localized text but with a stray or misspelt key, reported while the default language was
     * read: that language sees an empty text there, the others the mapping.
     */
    private final Set<YamlValue.Mapping> blanked;

    private DataView(Languages languages, String language, Set<YamlValue.Mapping> blanked) {
        this.languages = languages;
        this.language = language;
        this.blanked = blanked;
    }

    /**
     * @param blanked in the default language, the mappings to show as "" (see {@link #blanked}); for the others, empty
     */
    static Map<String, Object> of(YamlValue.Mapping root, Languages languages, String language, Set<YamlValue.Mapping> blanked) {
        DataView view = new DataView(languages, language, blanked);
        return view.new Mapping(root, true);
    }

    /** @param reported whether the value stands where loading reported missing languages (outside charts and tables) */
    private Object value(YamlValue value, boolean reported) {
        if (value instanceof YamlValue.Scalar s) return s.value();
        if (value instanceof YamlValue.Sequence seq) return new Sequence(seq, reported);
        YamlValue.Mapping mapping = (YamlValue.Mapping) value;
        LocalizedTexts texts = new LocalizedTexts(languages, new Diagnostics());
        if (texts.isLocalized(mapping)) return texts.read(mapping, "text").in(language);
        if (reported && blanked.contains(mapping)) return "";
        return new Mapping(mapping, false);
    }

    private final class Sequence extends AbstractList<Object> {
        private final YamlValue.Sequence items;
        private final boolean reported;

        Sequence(YamlValue.Sequence items, boolean reported) {
            this.items = items;
            this.reported = reported;
        }

        @Override
        public Object get(int index) {
            return value(items.items().get(index), reported);
        }

        @Override
        public int size() {
            return items.items().size();
        }
    }

    private final class Mapping extends AbstractMap<String, Object> {
        private final YamlValue.Mapping mapping;
        /** The data set's root, whose charts and tables blocks are not reported on. */
        private final boolean root;

        Mapping(YamlValue.Mapping mapping, boolean root) {
            this.mapping = mapping;
            this.root = root;
        }

        private boolean reported(String key) {
            return !root || !FIGURE_BLOCKS.contains(key);
        }

        @Override
        public Object get(Object key) {
            YamlValue child = mapping.entries().get(key);
            return child == null ? null : value(child, reported((String) key));
        }

        @Override
        public boolean containsKey(Object key) {
            return mapping.entries().containsKey(key);
        }

        @Override
        public int size() {
            return mapping.entries().size();
        }

        @Override
        public void forEach(BiConsumer<? super String, ? super Object> action) {
            mapping.entries().forEach((key, child) -> action.accept(key, value(child, reported(key))));
        }

        @Override
        public Set<String> keySet() {
            return Collections.unmodifiableSet(mapping.entries().keySet());
        }

        @Override
        public Set<Entry<String, Object>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Object>> iterator() {
                    Iterator<Entry<String, YamlValue>> entries = mapping.entries().entrySet().iterator();
                    return new Iterator<>() {
                        @Override
                        public boolean hasNext() {
                            return entries.hasNext();
                        }

                        @Override
                        public Entry<String, Object> next() {
                            Entry<String, YamlValue> entry = entries.next();
                            return new SimpleImmutableEntry<>(entry.getKey(), value(entry.getValue(), reported(entry.getKey())));
                        }
                    };
                }

                @Override
                public int size() {
                    return mapping.entries().size();
                }
            };
        }
    }
}
