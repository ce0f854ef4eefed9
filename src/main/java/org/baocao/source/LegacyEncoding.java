package org.baocao.source;

import java.nio.charset.Charset;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The pre-Unicode Vietnamese encodings still found in old Word files and exported spreadsheets. Used to name what
 * a non-UTF-8 file most likely is, so the user knows how to reopen it.
 *
 * <p>Detection decodes the bytes with each encoding's table and keeps the one whose words look most like
 * Vietnamese: the three encodings use the same byte values for different letters, so counting byte values alone
 * cannot tell them apart, but only the right table turns "Vi\u00EAt" bytes into well-formed Vietnamese syllables.
 */
public enum LegacyEncoding {
    WINDOWS_1258("Windows-1258"), VNI("VNI"), TCVN3("TCVN3 (ABC)");

    /** Every Vietnamese letter beyond ASCII, lower and upper case: what a correct decoding produces. */
    private static final String VIETNAMESE_LETTERS =
            "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
            + "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ";
    /** Letters carrying a tone mark; a syllable has at most one. */
    private static final String TONED = "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";

    /** TCVN 5712:1993 (VN3, "ABC"): one byte per lower-case letter with its tone, upper case without tones. */
    private static final Map<Integer, Character> TCVN3_TABLE = table(new int[] {
            0xB5, 'à', 0xB8, 'á', 0xB6, 'ả', 0xB7, 'ã', 0xB9, 'ạ',
            0xA8, 'ă', 0xBB, 'ằ', 0xBE, 'ắ', 0xBC, 'ẳ', 0xBD, 'ẵ', 0xC6, 'ặ',
            0xA9, 'â', 0xC7, 'ầ', 0xCA, 'ấ', 0xC8, 'ẩ', 0xC9, 'ẫ', 0xCB, 'ậ',
            0xAE, 'đ', 0xCC, 'è', 0xD0, 'é', 0xCE, 'ẻ', 0xCF, 'ẽ', 0xD1, 'ẹ',
            0xAA, 'ê', 0xD2, 'ề', 0xD5, 'ế', 0xD3, 'ể', 0xD4, 'ễ', 0xD6, 'ệ',
            0xD7, 'ì', 0xDD, 'í', 0xD8, 'ỉ', 0xDC, 'ĩ', 0xDE, 'ị',
            0xDF, 'ò', 0xE3, 'ó', 0xE1, 'ỏ', 0xE2, 'õ', 0xE4, 'ọ',
            0xAB, 'ô', 0xE5, 'ồ', 0xE8, 'ố', 0xE6, 'ổ', 0xE7, 'ỗ', 0xE9, 'ộ',
            0xAC, 'ơ', 0xEA, 'ờ', 0xED, 'ớ', 0xEB, 'ở', 0xEC, 'ỡ', 0xEE, 'ợ',
            0xEF, 'ù', 0xF3, 'ú', 0xF1, 'ủ', 0xF2, 'ũ', 0xF4, 'ụ',
            0xAD, 'ư', 0xF5, 'ừ', 0xF8, 'ứ', 0xF6, 'ử', 0xF7, 'ữ', 0xF9, 'ự',
            0xFA, 'ỳ', 0xFD, 'ý', 0xFB, 'ỷ', 0xFC, 'ỹ', 0xFE, 'ỵ',
            0xA1, 'Ă', 0xA2, 'Â', 0xA7, 'Đ', 0xA3, 'Ê', 0xA4, 'Ô', 0xA5, 'Ơ', 0xA6, 'Ư'});

    /**
     * VNI Windows: an ASCII base letter followed by a byte for its marks (shown as Latin-1 letters in a
     * non-VNI font: "Vieät" is Việt), except for ơ ư đ and the toned i and y, which are single bytes.
     */
    private static final Map<Integer, String> VNI_TABLE = new HashMap<>();

    static {
        String acute = "\u0301", grave = "\u0300", hook = "\u0309", tilde = "\u0303", dot = "\u0323";
        String circumflex = "\u0302", breve = "\u0306";
        Object[] marks = {
                0xF9, acute, 0xF8, grave, 0xFB, hook, 0xF5, tilde, 0xEF, dot,
                0xE2, circumflex, 0xE1, circumflex + acute, 0xE0, circumflex + grave, 0xE5, circumflex + hook,
                0xE3, circumflex + tilde, 0xE4, circumflex + dot,
                0xEA, breve, 0xE9, breve + acute, 0xE8, breve + grave, 0xFA, breve + hook, 0xFC, breve + tilde,
                0xEB, breve + dot,
                0xF4, "ơ", 0xF6, "ư", 0xF1, "đ", 0xED, "í", 0xEC, "ì", 0xE6, "ỉ", 0xF3, "ĩ", 0xF2, "ị", 0xEE, "ỵ"};
        for (int i = 0; i < marks.length; i += 2) {
            int lower = (Integer) marks[i];
            String value = (String) marks[i + 1];
            VNI_TABLE.put(lower, value);
            // The upper-case forms are the same Latin-1 letters in upper case, 0x20 lower.
            VNI_TABLE.put(lower - 0x20, value.length() == 1 && Character.isLetter(value.charAt(0)) ? value.toUpperCase() : value);
        }
    }

    private final String label;

    LegacyEncoding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The bytes read as this encoding, in NFC. */
    public String decode(byte[] bytes) {
        return switch (this) {
            case WINDOWS_1258 -> Normalizer.normalize(new String(bytes, Charset.forName("windows-1258")), Normalizer.Form.NFC);
            case TCVN3 -> decodeTcvn3(bytes);
            case VNI -> decodeVni(bytes);
        };
    }

    /** The most likely legacy encoding of bytes that are not UTF-8, or null when none yields Vietnamese words. */
    public static LegacyEncoding detect(byte[] bytes) {
        LegacyEncoding best = null;
        int bestScore = 0;
        for (LegacyEncoding candidate : values()) {
            int score = vietnameseScore(candidate.decode(bytes));
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * +1 for each word with a non-ASCII letter that is a well-formed Vietnamese syllable, -1 for each that is not: a
     * wrong table yields letters such as ä, ¬ or ĕ, two tones in one word, or vowels no syllable has.
     */
    static int vietnameseScore(String text) {
        int score = 0;
        for (String word : text.split("[\\s\\p{Punct}\\d]+")) {
            if (word.chars().allMatch(c -> c < 0x80)) continue;
            score += isSyllable(word) ? 1 : -1;
        }
        return score;
    }

    /**
     * A Vietnamese word is one syllable: an initial consonant, a vowel group Vietnamese has, an optional final
     * consonant, at most one tone, and one case (lower, Capitalised or UPPER).
     */
    static boolean isSyllable(String word) {
        if (!word.chars().allMatch(c -> c < 0x80 ? Character.isLetter(c) : VIETNAMESE_LETTERS.indexOf(c) >= 0)) return false;
        String lower = word.toLowerCase(Locale.ROOT);
        boolean oneCase = word.equals(lower) || word.equals(word.toUpperCase(Locale.ROOT))
                || word.substring(1).equals(lower.substring(1));
        if (!oneCase || lower.chars().filter(c -> TONED.indexOf(c) >= 0).count() > 1) return false;
        return SYLLABLE.matcher(withoutTone(lower)).matches();
    }

    private static final Pattern SYLLABLE = Pattern.compile("(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
            + "(iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uyê|uya|uyu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|[aăâeêioôơuưy])"
            + "(ng|nh|ch|[cmnpt])?");

    /** Drops the tone, keeps the letter: ấ becomes â, ự becomes ư. */
    private static String withoutTone(String lower) {
        String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[\u0300\u0301\u0303\u0309\u0323]", "");
        return Normalizer.normalize(decomposed, Normalizer.Form.NFC);
    }

    private static String decodeTcvn3(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int value = b & 0xFF;
            out.append(value < 0x80 ? (char) value : TCVN3_TABLE.getOrDefault(value, '\uFFFD'));
        }
        return out.toString();
    }

    private static String decodeVni(byte[] bytes) {
        StringBuilder out = new StringBuilder(bytes.length);
        for (byte b : bytes) {
            int value = b & 0xFF;
            if (value < 0x80) out.append((char) value);
            else out.append(VNI_TABLE.getOrDefault(value, new String(new byte[] {b}, Charset.forName("windows-1252"))));
        }
        return Normalizer.normalize(out.toString(), Normalizer.Form.NFC);
    }

    private static Map<Integer, Character> table(int[] pairs) {
        Map<Integer, Character> table = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) table.put(pairs[i], (char) pairs[i + 1]);
        return Map.copyOf(table);
    }
}
