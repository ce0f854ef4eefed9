package org.baocao.yaml;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" for misspelt keys and references, by edit distance. */
public final class Suggestions {
    private Suggestions() {}

    /** The candidate closest to {@code word}, or null when none is close enough to be a likely typo. */
    public static String closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, word.length() / 3);
        return bestDistance <= allowed ? best : null;
    }

    /**
     * Where {@code word} has a letter of another alphabet (Cyrillic "а", Greek "ο") in place of the Latin letter
     * that {@code candidate} has there, and differs from it in nothing else: the two look the same on screen, so
     * "did you mean" would not help. -1 when that is not the case.
     */
    public static int lookAlikeAt(String word, String candidate) {
        if (word.length() != candidate.length() || word.equals(candidate)) return -1;
        int first = -1;
        for (int i = 0; i < word.length(); i++) {
            char typed = word.charAt(i);
            if (typed == candidate.charAt(i)) continue;
            if (!Character.isLetter(typed) || !isForeignScript(typed) || candidate.charAt(i) >= 128) return -1;
            if (first < 0) first = i;
        }
        return first;
    }

    /** "Cyrillic а": the alphabet and the letter, as a message names a look-alike. */
    public static String describeLetter(char letter) {
        String script = Character.UnicodeScript.of(letter).name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(script.charAt(0)) + script.substring(1) + " " + letter;
    }

    private static boolean isForeignScript(char letter) {
        Character.UnicodeScript script = Character.UnicodeScript.of(letter);
        return script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON;
    }

    /** The edit distance (Levenshtein): how many letters to add, remove or change to turn one word into the other. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
