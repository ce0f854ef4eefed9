package org.baocao.i18n;

import java.util.List;

/** The site's languages in order; the first is the default and the source of translations. */
public record Languages(List<Language> all) {

    public Languages {
        all = List.copyOf(all);
        if (all.isEmpty()) throw new IllegalArgumentException("a site has at least one language");
    }

    public Language defaultLanguage() {
        return all.get(0);
    }

    public List<String> codes() {
        return all.stream().map(Language::code).toList();
    }

    public boolean contains(String code) {
        return all.stream().anyMatch(l -> l.code().equals(code));
    }

    public Language get(String code) {
        return all.stream().filter(l -> l.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a site language: " + code));
    }
}
