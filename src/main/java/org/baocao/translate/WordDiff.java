package org.baocao.translate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * What changed between two versions of a source text, word by word, as a translator needs it: each change with a
 * few words around it and the line where it is now, written like git's word diff: {@code [-old-]{+new+}}.
 */
public final class WordDiff {
    private static final int CONTEXT = 5;
    /** Unchanged words between two changes, at most, for them to be shown as one. */
    private static final int JOIN_GAP = 2;
    /** Beyond this many word pairs the texts are compared as one block: a rewrite, not an edit. */
    private static final long MAX_CELLS = 4_000_000L;

    private WordDiff() {}

    /**
     * @param line     the line of the new text where the change is (for a deletion: the line it was removed from)
     * @param cutBefore the text goes on before {@code before} ("…" is shown), likewise {@code cutAfter}
     */
    public record Change(int line, String before, String removed, String added, String after, boolean cutBefore, boolean cutAfter) {
        public String render() {
            StringBuilder out = new StringBuilder();
            if (cutBefore) out.append("… ");
            if (!before.isEmpty()) out.append(before).append(' ');
            if (!removed.isEmpty()) out.append("[-").append(removed).append("-]");
            if (!added.isEmpty()) out.append("{+").append(added).append("+}");
            if (!after.isEmpty()) out.append(' ').append(after);
            if (cutAfter) out.append(" …");
            return out.toString();
        }
    }

    record Word(String text, int line) {}

    public static List<Change> between(String oldText, String newText) {
        List<Word> a = words(oldText);
        List<Word> b = words(newText);
        int prefix = 0;
        while (prefix < a.size() && prefix < b.size() && a.get(prefix).text().equals(b.get(prefix).text())) prefix++;
        int suffix = 0;
        while (suffix < a.size() - prefix && suffix < b.size() - prefix
                && a.get(a.size() - 1 - suffix).text().equals(b.get(b.size() - 1 - suffix).text())) suffix++;
        boolean[][] keep = middleMatches(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix));

        // Walk both word lists; an unmatched run on either side is one hunk.
        List<int[]> hunks = new ArrayList<>();
        int i = prefix, j = prefix, endA = a.size() - suffix, endB = b.size() - suffix;
        while (i < endA || j < endB) {
            if (i < endA && j < endB && keep[0][i - prefix] && keep[1][j - prefix]) {
                i++;
                j++;
                continue;
            }
            int startA = i, startB = j;
            while (i < endA && !keep[0][i - prefix]) i++;
            while (j < endB && !keep[1][j - prefix]) j++;
            hunks.add(new int[] {startA, i, startB, j});
        }
        List<Change> changes = new ArrayList<>();
        for (int[] hunk : joinNearby(hunks)) {
            int startB = hunk[2], stopB = hunk[3];
            int line = startB < b.size() ? b.get(startB).line() : b.isEmpty() ? 1 : b.get(b.size() - 1).line();
            int from = Math.max(0, startB - CONTEXT), to = Math.min(b.size(), stopB + CONTEXT);
            changes.add(new Change(line, join(b, from, startB), join(a, hunk[0], hunk[1]), join(b, startB, stopB),
                    join(b, stopB, to), from > 0, to < b.size()));
        }
        return changes;
    }

    /**
     * Hunks only a word or two apart are one edit to a reader: a rewritten phrase keeps a few common syllables
     * ("chi tiết", "ở") that would otherwise cut it into pieces.
     */
    private static List<int[]> joinNearby(List<int[]> hunks) {
        List<int[]> joined = new ArrayList<>();
        for (int[] hunk : hunks) {
            int[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && hunk[2] - last[3] <= JOIN_GAP) {
                last[1] = hunk[1];
                last[3] = hunk[3];
            } else {
                joined.add(hunk.clone());
            }
        }
        return joined;
    }

    /** Longest common subsequence of the two middles: which words of each side stay. */
    private static boolean[][] middleMatches(List<Word> a, List<Word> b) {
        boolean[] keepA = new boolean[a.size()];
        boolean[] keepB = new boolean[b.size()];
        if ((long) a.size() * b.size() > MAX_CELLS) return new boolean[][] {keepA, keepB};
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int x = a.size() - 1; x >= 0; x--) {
            for (int y = b.size() - 1; y >= 0; y--) {
                lcs[x][y] = a.get(x).text().equals(b.get(y).text()) ? lcs[x + 1][y + 1] + 1 : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < a.size() && y < b.size()) {
            if (a.get(x).text().equals(b.get(y).text())) {
                keepA[x++] = true;
                keepB[y++] = true;
            } else if (lcs[x + 1][y] >= lcs[x][y + 1]) {
                x++;
            } else {
                y++;
            }
        }
        return new boolean[][] {keepA, keepB};
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        String[] lines = Normalizer.normalize(text, Normalizer.Form.NFC).split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            for (String word : lines[n].split("[\\s\\u00A0\\u2007\\u202F]+")) {
                if (!word.isEmpty()) words.add(new Word(word, n + 1));
            }
        }
        return words;
    }

    private static String join(List<Word> words, int from, int to) {
        StringBuilder out = new StringBuilder();
        for (int k = from; k < to; k++) out.append(k > from ? " " : "").append(words.get(k).text());
        return out.toString();
    }
}
