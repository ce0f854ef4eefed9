package org.baocao.check;

import org.baocao.source.Message;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.baocao.content.Narrative;
import org.baocao.render.Links;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.Suggestions;

/**
 * Links to a place in a page ({@code #ket-qua}, {@code 02-to-chuc.md#ket-qua}) whose anchor no heading has: the link
 * would open the page at its top, or nowhere in the PDF. Anchors are made from heading text, so they change when a
 * heading is reworded, which is how most of these break.
 */
public final class Anchors {
    private Anchors() {}

    public static void check(RenderedReport report, Diagnostics diagnostics) {
        Map<String, Set<String>> idsBySection = new HashMap<>();
        for (RenderedSection section : report.sections()) idsBySection.put(section.section().key(), section.anchors().ids());
        for (RenderedSection section : report.sections()) {
            for (String href : section.anchors().fragments()) {
                String targetKey;
                String fragment;
                if (href.startsWith("#")) {
                    targetKey = section.section().key();
                    fragment = href.substring(1);
                } else if (href.startsWith(Links.SECTION) && href.indexOf('#') > 0) {
                    targetKey = href.substring(Links.SECTION.length(), href.indexOf('#'));
                    fragment = href.substring(href.indexOf('#') + 1);
                } else {
                    continue;
                }
                Set<String> ids = idsBySection.get(targetKey);
                String anchor = URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
                // A section not in this language links to the other language's page, whose anchors differ.
                if (ids == null || anchor.isEmpty() || ids.contains(anchor)) continue;
                Object where = targetKey.equals(section.section().key()) ? Message.WORD_THIS_SECTION : targetKey + ".md";
                String closest = Suggestions.closest(anchor, ids);
                List<String> headings = report.section(targetKey).map(s -> s.headings().stream().map(h -> "#" + h.id()).toList()).orElse(List.of());
                diagnostics.error(at(section.narrative(), "#" + fragment), Message.ANCHOR_MISSING.with(anchor, where, headings),
                        closest != null ? Message.HINT_ANCHOR_CLOSEST.with(closest)
                                : headings.isEmpty() ? Message.HINT_SECTION_HAS_NO_HEADINGS.with() : null);
            }
        }
    }

    private static SourcePosition at(Narrative narrative, String text) {
        List<String> lines = narrative.file().lines();
        for (int i = narrative.bodyLine() - 1; i < lines.size(); i++) {
            int column = lines.get(i).indexOf(text);
            if (column >= 0) return SourcePosition.of(narrative.file(), i + 1, column + 1);
        }
        return SourcePosition.of(narrative.file(), narrative.bodyLine(), 1);
    }
}
