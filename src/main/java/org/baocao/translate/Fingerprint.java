package org.baocao.translate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;

/**
 * What a translation was made from, reduced to what a translator cares about: the words. Whitespace is collapsed
 * (re-wrapping a paragraph or adding a blank line is not a change) and the text is NFC (the same letters typed with
 * separate accent marks are the same text).
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(text).getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** NFC, every run of whitespace (including non-breaking and line breaks) one space, no space at either end. */
    static String canonical(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0\\u2007\\u202F\\uFEFF]+", " ").strip();
    }
}
