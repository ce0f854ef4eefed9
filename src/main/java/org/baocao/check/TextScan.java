package org.baocao.check;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baocao.concurrent.Workers;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baocao.source.Diagnostics;
import org.baocao.source.Kept;
import org.baocao.source.ProjectFiles;
import org.baocao.source.ProjectPaths;
import org.baocao.source.ScannedTexts;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;
import org.baocao.translate.TranslationStore;

/**
 * Looks at the content files as they are on disk, before baocao normalises them: text not in NFC (the build
 * composes it, but other tools such as search and spell checkers may not), and characters nobody sees but that
 * break searching, line breaking and numbers: zero-width spaces, stray byte order marks, control characters and a
 * non-breaking space typed inside a number.
 */
public final class TextScan {
    private static final Pattern SPACE_IN_NUMBER = Pattern.compile("\\d+(?:[\u00A0\u202F\u2007]\\d{3})+");
    private static final String INVISIBLE = "\u200B\u200C\u200D\u2060\uFEFF";

    private final ProjectFiles files;
    private final Diagnostics diagnostics;

    public TextScan(Path projectRoot, Diagnostics diagnostics) {
        this.files = new ProjectFiles(projectRoot, diagnostics);
        this.diagnostics = diagnostics;
    }

    /**
     * Every Markdown and YAML file below content/, but those whose findings are kept (by their path); the texts it
     * decodes go to {@code decoded}, for the loader.
     */
    public void scanContent(Kept<Boolean> scanned, ScannedTexts decoded) {
        Path content = files.root().resolve("content");
        if (!Files.isDirectory(content)) return;
        try (Stream<Path> paths = Files.walk(content)) {
            List<Path> texts = paths.filter(Files::isRegularFile).filter(TextScan::isText).filter(f -> ProjectPaths.isInside(files.root(), f)).toList();
            // Files on every core; the diagnostics are sorted when printed.
            Workers.run("scanning text", texts.stream().<Callable<Void>>map(file -> () -> {
                String path = files.relative(file);
                scanned.get(path, diagnostics, own -> {
                    try {
                        new TextScan(files.root(), own).scan(path, Files.readAllBytes(file))
                                .ifPresent(text -> decoded.put(file, text));
                    } catch (IOException e) {
                        // The loader reports unreadable files with their path.
                    }
                    return Boolean.TRUE;
                });
                return null;
            }).toList());
        } catch (IOException e) {
            // The loader reports unreadable files with their path; nothing more to say here.
        }
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        // translations.yaml quotes the sources, whose findings are reported at the sources themselves.
        return name.endsWith(".md") || (name.endsWith(".yaml") || name.endsWith(".yml")) && !name.equals(TranslationStore.FILE_NAME);
    }

    /**
     * Scans one file's bytes; files that are not UTF-8 are reported by the loader, which names their encoding.
     *
     * @return the text decoded, empty when the bytes are not UTF-8
     */
    Optional<ScannedTexts.Text> scan(String path, byte[] bytes) {
        if (ProjectFiles.utf16WithoutMark(bytes) != null) return Optional.empty();
        String text;
        try {
            text = SourceFile.utf8(bytes);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        // Nearly every file is in NFC and has none of the characters looked for: one look at the whole text spares
        // cutting it into lines.
        boolean nfc = Normalizer.isNormalized(text, Normalizer.Form.NFC);
        if (!nfc) checkNfc(path, lines(text));
        if (hasCharacterToReport(text)) {
            List<String> lines = lines(text);
            for (int i = 0; i < lines.size(); i++) {
                checkInvisible(path, i + 1, lines.get(i));
                checkSpaceInNumber(path, i + 1, lines.get(i));
            }
        }
        return Optional.of(new ScannedTexts.Text(text, nfc));
    }

    /** One warning per file, at the first place: a file in decomposed form is so throughout. */
    private void checkNfc(String path, List<String> lines) {
        int count = 0;
        SourcePosition first = null;
        String firstWord = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (Normalizer.isNormalized(line, Normalizer.Form.NFC)) continue;
            for (int column = 0; column < line.length(); column++) {
                int end = column + 1;
                while (end < line.length() && Character.getType(line.charAt(end)) == Character.NON_SPACING_MARK) end++;
                if (!Normalizer.isNormalized(line.substring(column, end), Normalizer.Form.NFC)) {
                    count++;
                    if (first == null) {
                        first = new SourcePosition(path, i + 1, column + 1, line);
                        firstWord = wordAt(line, column);
                    }
                }
                column = end - 1;
            }
        }
        if (first == null) return;
        diagnostics.warning(first, Message.NOT_NFC, Normalizer.normalize(firstWord, Normalizer.Form.NFC),
                count > 1 ? Message.WORD_MORE_LETTERS.with(count - 1) : "");
    }

    /** Whether a line of {@code text} has what {@link #checkInvisible} or {@link #checkSpaceInNumber} report. */
    static boolean hasCharacterToReport(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\t' && c != '\n' && c != '\r' : c == 0x7F || c >= '\u00A0' && (INVISIBLE.indexOf(c) >= 0 || isNumberSpace(c))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNumberSpace(char c) {
        return c == '\u00A0' || c == '\u202F' || c == '\u2007';
    }

    private void checkInvisible(String path, int lineNumber, String line) {
        for (int column = 0; column < line.length(); column++) {
            char c = line.charAt(column);
            boolean control = c < 0x20 && c != '\t' || c == 0x7F;
            if (INVISIBLE.indexOf(c) < 0 && !control) continue;
            Phrase name = switch (c) {
                case '\u200B' -> Message.WORD_ZERO_WIDTH_SPACE.with();
                case '\u200C' -> Message.WORD_ZERO_WIDTH_NON_JOINER.with();
                case '\u200D' -> Message.WORD_ZERO_WIDTH_JOINER.with();
                case '\u2060' -> Message.WORD_WORD_JOINER.with();
                case '\uFEFF' -> Message.WORD_BYTE_ORDER_MARK.with();
                default -> Message.WORD_CONTROL_CHARACTER.with(String.format("%04X", (int) c));
            };
            diagnostics.warning(new SourcePosition(path, lineNumber, column + 1, line), Message.INVISIBLE_CHARACTER, name);
            return;
        }
    }

    private void checkSpaceInNumber(String path, int lineNumber, String line) {
        if (!hasNumberSpace(line)) return;
        Matcher number = SPACE_IN_NUMBER.matcher(line);
        while (number.find()) {
            String shown = number.group().replaceAll("[\u00A0\u202F\u2007]", " ");
            diagnostics.warning(new SourcePosition(path, lineNumber, number.start() + 1, line),
                    Message.NBSP_IN_NUMBER, shown);
        }
    }

    private static String wordAt(String line, int index) {
        int start = index;
        while (start > 0 && Character.isLetterOrDigit(line.codePointBefore(start)) || start > 0 && Character.getType(line.charAt(start - 1)) == Character.NON_SPACING_MARK) start--;
        int end = index;
        while (end < line.length() && (Character.isLetterOrDigit(line.charAt(end)) || Character.getType(line.charAt(end)) == Character.NON_SPACING_MARK)) end++;
        return line.substring(start, end);
    }

    /** The pattern runs only on the few lines that have such a space: on every line it was a tenth of a build. */
    private static boolean hasNumberSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (isNumberSpace(line.charAt(i))) return true;
        }
        return false;
    }

    /** The lines as an editor counts them (CRLF, CR or LF), the last one even when empty. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\n' && c != '\r') continue;
            lines.add(text.substring(start, i));
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
            start = i + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }
}
