package org.baocao.content;

import java.util.Map;
import java.util.Optional;

/**
 * One section of a report: the files of the same name (such as 02-to-chuc.md) in each language folder.
 *
 * @param key        the file name without ".md", the same in every language
 * @param order      the number the file name starts with
 * @param narratives by language code; a language may be missing (not translated yet)
 */
public record Section(String key, int order, Map<String, Narrative> narratives) {

    public Optional<Narrative> in(String language) {
        return Optional.ofNullable(narratives.get(language));
    }
}
