package org.baocao.source;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text files that the text scan read and decoded at the start of a load, handed on to the loader, so that a load
 * reads and decodes each file once. The loader takes a file's text at most once; a file the scan did not decode (not
 * scanned, unreadable, not UTF-8) the loader reads itself, and reports what is wrong with it.
 */
public final class ScannedTexts {
    /** A file's text as the scan decoded it, its byte order mark dropped, and whether it is in NFC already. */
    public record Text(String text, boolean nfc) {}

    private final Map<Path, Text> texts;

    private ScannedTexts(Map<Path, Text> texts) {
        this.texts = texts;
    }

    /** For one load: the scan fills it, the loader empties it. */
    public static ScannedTexts forOneLoad() {
        return new ScannedTexts(new ConcurrentHashMap<>());
    }

    /** For a load without a scan before it: holds nothing. */
    public static ScannedTexts none() {
        return new ScannedTexts(null);
    }

    public void put(Path file, Text text) {
        if (texts != null) texts.put(key(file), text);
    }

    /** The file's text, normalised as {@link SourceFile#normalize} does it, when the scan decoded it; once. */
    Optional<String> take(Path file) {
        Text scanned = texts == null ? null : texts.remove(key(file));
        if (scanned == null) return Optional.empty();
        String lf = SourceFile.withLineFeeds(scanned.text());
        // Line feeds for carriage returns do not change whether a text is in NFC: neither composes with anything.
        return Optional.of(scanned.nfc() ? lf : SourceFile.normalize(lf));
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
