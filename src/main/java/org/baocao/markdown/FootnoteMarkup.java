package org.baocao.markdown;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * Footnotes in the markup the site's post-processing, the print edition and the stylesheets select on: a call is
 * {@code <sup id="fnref-1"><a class="footnote-ref" href="#fn-1">1</a></sup>} (a note's later calls {@code fnref-1-1},
 * {@code fnref-1-2}, …), and the notes follow the text in {@code div.footnotes}, after an {@code <hr />}, as an
 * {@code <ol>} of {@code <li id="fn-1">}, each ending with one {@code a.footnote-backref} per call.
 * Notes are numbered in the order of their first call; the notes called only from other notes come after those called
 * from the text; a note nobody calls is left out.
 */
final class FootnoteMarkup implements NodeRenderer {
    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;
    private final DefinitionMap<FootnoteDefinition> definitions = new DefinitionMap<>(FootnoteDefinition.class);
    /** The notes called so far, in the order of their numbers. */
    private final List<Note> notes = new ArrayList<>();
    private final Map<FootnoteDefinition, Note> noteOf = new IdentityHashMap<>();
    /** The calls made inside notes, given their ids before any note is written, so that each note lists all its calls. */
    private final Map<FootnoteReference, Call> callsInNotes = new IdentityHashMap<>();

    private record Note(FootnoteDefinition definition, int number, List<String> callIds) {}

    private record Call(String id, int number) {}

    FootnoteMarkup(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(FootnoteReference.class, FootnoteDefinition.class);
    }

    @Override
    public void beforeRoot(Node document) {
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                // The first definition of a label counts, as it did for the parser when it read the calls.
                if (block instanceof FootnoteDefinition definition) definitions.putIfAbsent(definition.getLabel(), definition);
                visitChildren(block);
            }
        });
    }

    /** A call is written where it stands; a definition is written with the notes, after the text. */
    @Override
    public void render(Node node) {
        if (!(node instanceof FootnoteReference reference)) return;
        Call call = callsInNotes.get(reference);
        if (call == null) call = call(reference);
        html.tag("sup", Map.of("id", call.id()));
        html.tag("a", attributes("class", "footnote-ref", "href", "#fn-" + call.number()));
        html.raw(String.valueOf(call.number()));
        html.tag("/a");
        html.tag("/sup");
    }

    @Override
    public void afterRoot(Node document) {
        if (notes.isEmpty()) return;
        // Grows as notes call notes not called before.
        for (int i = 0; i < notes.size(); i++) {
            FootnoteDefinition definition = notes.get(i).definition();
            definition.accept(new AbstractVisitor() {
                @Override
                public void visit(CustomNode node) {
                    if (node instanceof FootnoteReference reference) callsInNotes.put(reference, call(reference));
                }

                @Override
                public void visit(CustomBlock block) {
                    // A definition inside this note is not written as part of it.
                    if (block == definition || !(block instanceof FootnoteDefinition)) visitChildren(block);
                }
            });
        }
        html.line();
        html.tag("div", Map.of("class", "footnotes"));
        html.line();
        html.tag("hr", Map.of(), true);
        html.line();
        html.tag("ol");
        html.line();
        for (Note note : notes) {
            html.tag("li", Map.of("id", "fn-" + note.number()));
            html.line();
            for (Node child = note.definition().getFirstChild(); child != null; child = child.getNext()) context.render(child);
            html.line();
            for (String id : note.callIds()) {
                html.tag("a", attributes("href", "#" + id, "class", "footnote-backref"));
                html.raw("&#8617;");
                html.tag("/a");
                html.line();
            }
            html.tag("/li");
            html.line();
        }
        html.tag("/ol");
        html.line();
        html.tag("/div");
        html.line();
    }

    /** One more call of the reference's note, numbering the note at its first: "fnref-2", then "fnref-2-1", "fnref-2-2". */
    private Call call(FootnoteReference reference) {
        // The parser makes a reference only of a label that has a definition.
        Note note = noteOf.computeIfAbsent(definitions.get(reference.getLabel()), definition -> {
            Note first = new Note(definition, notes.size() + 1, new ArrayList<>());
            notes.add(first);
            return first;
        });
        String id = "fnref-" + note.number() + (note.callIds().isEmpty() ? "" : "-" + note.callIds().size());
        note.callIds().add(id);
        return new Call(id, note.number());
    }

    /** Two attributes in the order written. */
    private static Map<String, String> attributes(String name1, String value1, String name2, String value2) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(name1, value1);
        attributes.put(name2, value2);
        return attributes;
    }
}
