package org.baocao.markdown;

import java.util.List;
import org.commonmark.ext.gfm.tables.internal.TableBlockParser;
import org.commonmark.internal.BlockStartImpl;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.block.BlockParserFactory;
import org.commonmark.parser.block.BlockStart;
import org.commonmark.parser.block.MatchedBlockParser;
import org.commonmark.parser.block.ParserState;

/**
 * Where a GitHub table starts: where commonmark-java's tables extension starts one, and only if the delimiter row
 * ({@code |---|:---:|}) has as many cells as the header row above it, as GitHub requires. The extension alone also
 * takes a delimiter row with more cells than the header, and drops the extra columns. The table's parser is the
 * extension's, watched for rows taken from lines without a '|' ({@link LazyRows}).
 */
final class TableStart implements BlockParserFactory {
    /**
     * The extension's own rule, from its internal package: {@code TablesExtension} registers it with no way to narrow
     * it. No limit on a table's cells (the extension's default throws past a million): a narrative is the report's own text.
     */
    private final BlockParserFactory tables = new TableBlockParser.Factory(null);

    @Override
    public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
        BlockStart start = tables.tryStart(state, matchedBlockParser);
        if (start == null) return null;
        List<SourceLine> paragraph = matchedBlockParser.getParagraphLines().getLines();
        CharSequence header = paragraph.get(paragraph.size() - 1).getContent();
        CharSequence line = state.getLine().getContent();
        if (cells(header) != columns(line.subSequence(state.getIndex(), line.length()))) return null;
        // Started as the extension's factory starts its parser: at this index, in place of the header line.
        BlockStartImpl started = (BlockStartImpl) start;
        return BlockStart.of(new LazyRows(started.getBlockParsers()[0])).atIndex(started.getNewIndex()).replaceParagraphLines(1);
    }

    /** The cells of a row, split as the extension splits them: at each '|' not written '\|', outer pipes optional. */
    static int cells(CharSequence row) {
        int start = 0;
        int end = row.length();
        while (start < end && isSpace(row.charAt(start))) start++;
        if (start < end && row.charAt(start) == '|') {
            start++;
            while (end > start && isSpace(row.charAt(end - 1))) end--;
        }
        int cells = 0;
        boolean inCell = false;
        for (int i = start; i < end; i++) {
            char c = row.charAt(i);
            if (c == '|') {
                cells++;
                inCell = false;
            } else {
                if (c == '\\' && i + 1 < end && row.charAt(i + 1) == '|') i++;
                inCell = true;
            }
        }
        return inCell ? cells + 1 : cells;
    }

    /** The columns of a delimiter row the extension accepted: its runs of '-' and ':', which only pipes separate. */
    static int columns(CharSequence delimiter) {
        int columns = 0;
        boolean inColumn = false;
        for (int i = 0; i < delimiter.length(); i++) {
            char c = delimiter.charAt(i);
            boolean marker = c == '-' || c == ':';
            if (marker && !inColumn) columns++;
            inColumn = marker;
        }
        return columns;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t';
    }
}
