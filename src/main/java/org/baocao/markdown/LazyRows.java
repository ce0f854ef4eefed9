package org.baocao.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.node.Block;
import org.commonmark.node.CustomNode;
import org.commonmark.node.DefinitionMap;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.BlockContinue;
import org.commonmark.parser.block.BlockParser;
import org.commonmark.parser.block.ParserState;
import org.commonmark.text.Characters;

/**
 * A GitHub table's parser, watched for the rows it takes from lines without a '|'. Under GitHub's rules a line right
 * below a table, with no blank line between, is one more row even when it has no '|' at all (a lazy continuation
 * line: "Nguồn: …" under the table becomes a row); flexmark ended the table there. Such a row's {@code <tr>} carries
 * the line as written in {@link #ATTRIBUTE} ({@link TableMarkup}), which the narrative's post-processing turns into a
 * positioned warning and removes. Everything else is the extension's parser's own: the table is parsed and written
 * as without this.
 */
public final class LazyRows implements BlockParser {
    /** The HTML attribute that carries a lazy row's line, stripped, to the diagnostic. */
    public static final String ATTRIBUTE = "data-lazy-row";

    /** A lazy row's line, kept as the first child of its row, where the renderer finds it. It renders as nothing. */
    private static final class Line extends CustomNode {
        final String text;

        Line(String text) {
            this.text = text;
        }
    }

    private final BlockParser table;
    /** The lines added so far: the delimiter row's, then one per body row. */
    private int lines;
    /** The lazy rows, in order; most tables have none. */
    private List<Lazy> lazy = List.of();

    /**
     * @param row  its body row, 0 for the first
     * @param text its line, stripped
     */
    private record Lazy(int row, String text) {}

    LazyRows(BlockParser table) {
        this.table = table;
    }

    /** The line of a row taken from a line without '|', or null for any other row. */
    static String lineOf(Node row) {
        return row.getFirstChild() instanceof Line line ? line.text : null;
    }

    @Override
    public void addLine(SourceLine line) {
        CharSequence content = line.getContent();
        // The delimiter row (the first line added) always has a '|'; a line with one continues the table by itself.
        if (lines++ > 0 && Characters.find('|', content, 0) < 0) {
            if (lazy.isEmpty()) lazy = new ArrayList<>();
            lazy.add(new Lazy(lines - 2, content.toString().strip()));
        }
        table.addLine(line);
    }

    @Override
    public void parseInlines(InlineParser inlineParser) {
        table.parseInlines(inlineParser);
        if (lazy.isEmpty() || !(table.getBlock().getLastChild() instanceof TableBody body)) return;
        Node row = body.getFirstChild();
        for (int index = 0, next = 0; row != null && next < lazy.size(); index++, row = row.getNext()) {
            if (index == lazy.get(next).row()) row.prependChild(new Line(lazy.get(next++).text()));
        }
    }

    @Override
    public boolean isContainer() {
        return table.isContainer();
    }

    @Override
    public boolean canHaveLazyContinuationLines() {
        return table.canHaveLazyContinuationLines();
    }

    @Override
    public boolean canContain(Block childBlock) {
        return table.canContain(childBlock);
    }

    @Override
    public Block getBlock() {
        return table.getBlock();
    }

    @Override
    public BlockContinue tryContinue(ParserState parserState) {
        return table.tryContinue(parserState);
    }

    @Override
    public void addSourceSpan(SourceSpan sourceSpan) {
        table.addSourceSpan(sourceSpan);
    }

    @Override
    public List<DefinitionMap<?>> getDefinitions() {
        return table.getDefinitions();
    }

    @Override
    public void closeBlock() {
        table.closeBlock();
    }
}
