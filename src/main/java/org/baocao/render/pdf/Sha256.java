package org.baocao.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 as the PDFs' /ID, the fonts' identity and the kept PDFs' keys use it. */
final class Sha256 {
    private Sha256() {}

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) { // every Java has it
            throw new IllegalStateException(e);
        }
    }

    static byte[] of(byte[] bytes) {
        return digest().digest(bytes);
    }

    /** The string's length, then its UTF-8 bytes: no two sequences of strings feed the digest the same bytes. */
    static void update(MessageDigest sha, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
        sha.update(bytes);
    }
}
