package org.baocao.source;

/**
 * The pre-Unicode Vietnamese encodings still found in old Word files and exported spreadsheets.
 * Only used to name what a non-UTF-8 file probably is, so the user knows how to reopen it.
 */
public enum LegacyEncoding {
    WINDOWS_1258("Windows-1258"), VNI("VNI"), TCVN3("TCVN3 (ABC)");

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The most likely legacy encoding of bytes that are not UTF-8, or null when none looks likely. */
    public static LegacyEncoding detect(byte[] bytes) {
        int tcvn3 = 0, vni = 0, cp1258 = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) continue;
            // TCVN3 puts precomposed lower-case letters with tones at 0xA9–0xFE, e.g. ® (0xAE) = đ, ¬ = ư...
            if (b == 0xAE || b == 0xAD || b == 0xA7 || b == 0xB8 || b == 0xB5 || b == 0xD5 || b == 0xE8) tcvn3++;
            // VNI writes a base ASCII letter then a mark byte from the Latin-1 range: "a" + 0xF8 (á), "o" + 0xF6...
            int previous = i > 0 ? bytes[i - 1] & 0xFF : 0;
            boolean afterLetter = (previous | 0x20) >= 'a' && (previous | 0x20) <= 'z';
            if (afterLetter && (b == 0xF8 || b == 0xF9 || b == 0xFB || b == 0xF5 || b == 0xEF || b == 0xE1 || b == 0xEA)) vni++;
            // Windows-1258 has precomposed base letters and separate combining tone bytes 0xCC, 0xEC, 0xD2, 0xDE, 0xF2.
            if (b == 0xF0 || b == 0xD0 || b == 0xE3 || b == 0xE2 || b == 0xF4 || b == 0xFD || b == 0xDD
                    || b == 0xEC || b == 0xCC || b == 0xD2 || b == 0xDE || b == 0xF2) cp1258++;
        }
        int max = Math.max(tcvn3, Math.max(vni, cp1258));
        if (max == 0) return null;
        if (max == vni) return VNI;
        if (max == tcvn3) return TCVN3;
        return WINDOWS_1258;
    }
}
