package org.baocao.image;

import java.util.Optional;

/** The image formats baocao reads, told apart by their first bytes, never by the file name. */
public enum ImageFormat {
    JPEG, PNG, GIF, WEBP, SVG;

    /** The format whose signature {@code head} (the file's first bytes, at least 16 when the file has them) starts with. */
    static Optional<ImageFormat> sniff(byte[] head) {
        if (startsWith(head, 0, 0xFF, 0xD8, 0xFF)) return Optional.of(JPEG);
        if (startsWith(head, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) return Optional.of(PNG);
        if (startsWith(head, 0, 'G', 'I', 'F', '8')) return Optional.of(GIF);
        if (startsWith(head, 0, 'R', 'I', 'F', 'F') && startsWith(head, 8, 'W', 'E', 'B', 'P')) return Optional.of(WEBP);
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).stripLeading();
        if (text.startsWith("\uFEFF")) text = text.substring(1).stripLeading();
        if (text.startsWith("<?xml") || text.startsWith("<svg") || text.startsWith("<!--") || text.startsWith("<!DOCTYPE svg")) {
            return Optional.of(SVG);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, int... signature) {
        if (bytes.length < offset + signature.length) return false;
        for (int i = 0; i < signature.length; i++) {
            if ((bytes[offset + i] & 0xFF) != signature[i]) return false;
        }
        return true;
    }
}
