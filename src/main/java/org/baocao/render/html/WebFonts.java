package org.baocao.render.html;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.baocao.source.CacheFiles;

/**
 * The site's copies of the report fonts, cut down to the letters of Vietnamese, English and the other Western
 * European languages, with their punctuation: about a fifth of the full files, which matters on a phone. The set is
 * fixed rather than taken from the content, so a browser's cached fonts stay valid from one build to the next.
 */
public final class WebFonts {
    private static final Set<Integer> REPERTOIRE = repertoire();

    private WebFonts() {}

    /** Bump when {@link #repertoire()} or the subsetting changes: cached subsets of the old kind are then ignored. */
    private static final String VERSION = "1";
    /** The subsets this process has, by cache folder and font: the preview writes the fonts again at every build. */
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();

    /**
     * The subset of {@code trueType}, from this process's memory, from {@code cacheFolder} (the project's
     * {@code .baocao/cache/fonts}), or made and kept in both: subsetting the built-in fonts took a fifth of a small
     * build's time.
     */
    public static byte[] subset(byte[] trueType, Path cacheFolder) {
        String key = hash(trueType) + "-v" + VERSION;
        return MADE.computeIfAbsent(cacheFolder.toAbsolutePath().normalize() + "/" + key, ignored -> {
            Path cached = cacheFolder.resolve(key + ".ttf");
            try {
                return Files.readAllBytes(cached);
            } catch (IOException notCached) {
                byte[] made = subset(trueType);
                CacheFiles.keep(cached, made);
                return made;
            }
        });
    }

    /**
     * The subset of {@code trueType} if this process or {@code cacheFolder} has it already, as {@link #subset(byte[],
     * Path)} would return it; writes nothing, so a build may look before it knows it will write anything.
     */
    public static Optional<byte[]> madeBefore(byte[] trueType, Path cacheFolder) {
        String key = hash(trueType) + "-v" + VERSION;
        String inProcess = cacheFolder.toAbsolutePath().normalize() + "/" + key;
        byte[] made = MADE.get(inProcess);
        if (made != null) return Optional.of(made);
        try {
            MADE.putIfAbsent(inProcess, Files.readAllBytes(cacheFolder.resolve(key + ".ttf")));
            return Optional.of(MADE.get(inProcess));
        } catch (IOException notCached) {
            return Optional.empty();
        }
    }

    private static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public static byte[] subset(byte[] trueType) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(trueType))) {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            subsetter.addAll(REPERTOIRE);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the built-in font cannot be read", e);
        }
    }

    /** The code points every font file keeps. */
    static Set<Integer> repertoire() {
        Set<Integer> codePoints = new TreeSet<>();
        range(codePoints, 0x20, 0x7E);       // ASCII
        range(codePoints, 0xA0, 0xFF);       // Latin-1: non-breaking space, «», °, é, ü…
        "ĂăĐđĨĩŨũƠơƯư".codePoints().forEach(codePoints::add);
        range(codePoints, 0x0152, 0x0153);   // Œ œ
        range(codePoints, 0x0300, 0x0303);   // combining grave, acute, circumflex, tilde
        codePoints.add(0x0309);              // combining hook above
        codePoints.add(0x0323);              // combining dot below
        range(codePoints, 0x1EA0, 0x1EF9);   // every precomposed Vietnamese vowel with its tone
        range(codePoints, 0x2010, 0x2027);   // dashes, quotation marks, bullets, ellipsis
        range(codePoints, 0x2030, 0x203A);   // per mille, primes, single guillemets
        "₫€←↑→↓−×÷▲▼►◄✓".codePoints().forEach(codePoints::add);
        return codePoints;
    }

    private static void range(Set<Integer> into, int first, int last) {
        for (int c = first; c <= last; c++) into.add(c);
    }
}
