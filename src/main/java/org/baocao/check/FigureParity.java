package org.baocao.check;

import org.baocao.source.Message;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baocao.content.Narrative;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Languages;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * Keeps the figures of the two editions the same. A figure is written once, in a data set, and printed with
 * {@code ${...}}: this check warns where a translation prints fewer or other figures, charts or tables than its source
 * section, and where a narrative types a figure by hand (which the other language may type differently).
 */
public final class FigureParity {
    /** ${outreach.people_reached}, ${outreach.share?string.percent}: the data path, without built-ins. */
    private static final Pattern VALUE = Pattern.compile("\\$\\{\\s*([A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)");
    private static final Pattern FIGURE = Pattern.compile("<@(chart|table)\\s+id\\s*=\\s*\"([^\"]+)\"");
    /**
     * 152.730, 36,176, 1.250.000,5 or a plain run of five or more digits; not a year. (A number grouped with a
     * non-breaking space is reported by {@link TextScan} already.)
     */
    private static final Pattern TYPED_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,/#_-])(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?|\\d{5,})(?![\\p{L}\\d])");
    private static final Pattern HIDDEN = Pattern.compile("\\$\\{[^}]*}|<@[^>]*>|`[^`\\n]*`|\\]\\([^)]*\\)|<[^>]*>");

    private FigureParity() {}

    public static void check(Report report, Languages languages, Diagnostics diagnostics) {
        String source = languages.defaultLanguage().code();
        for (Section section : report.sections()) {
            for (Narrative narrative : section.narratives().values()) typedFigures(narrative, diagnostics);
            Narrative original = section.narratives().get(source);
            if (original == null) continue;
            Map<String, Integer> printed = uses(original);
            for (Narrative translation : section.narratives().values()) {
                if (translation == original) continue;
                compare(printed, uses(translation), original, translation, diagnostics);
            }
        }
    }

    /** How many times each value, chart and table is used: "value outreach.people_reached", "chart governance.units". */
    static Map<String, Integer> uses(Narrative narrative) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        Matcher value = VALUE.matcher(narrative.body());
        while (value.find()) uses.merge("value " + value.group(1), 1, Integer::sum);
        Matcher figure = FIGURE.matcher(narrative.body());
        while (figure.find()) uses.merge(figure.group(1) + " " + figure.group(2), 1, Integer::sum);
        return uses;
    }

    private static void compare(Map<String, Integer> source, Map<String, Integer> translation, Narrative original,
                                Narrative translated, Diagnostics diagnostics) {
        List<String> missing = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        source.forEach((use, count) -> {
            if (translation.getOrDefault(use, 0) < count) missing.add(describe(use));
        });
        translation.forEach((use, count) -> {
            if (source.getOrDefault(use, 0) < count) extra.add(describe(use));
        });
        SourcePosition at = SourcePosition.of(translated.file(), translated.bodyLine(), 1);
        if (!missing.isEmpty()) {
            diagnostics.warning(at, Message.FIGURES_FEWER, translated.language(), original.file().path(), missing);
        }
        if (!extra.isEmpty()) {
            diagnostics.warning(at, Message.FIGURES_EXTRA, translated.language(), original.file().path(), extra);
        }
    }

    private static String describe(String use) {
        if (use.startsWith("value ")) return "${" + use.substring("value ".length()) + "}";
        String[] kindAndId = use.split(" ", 2);
        return "<@" + kindAndId[0] + " id=\"" + kindAndId[1] + "\"/>";
    }

    private static void typedFigures(Narrative narrative, Diagnostics diagnostics) {
        if (!mayHoldTypedFigure(narrative.file().text())) return;
        List<String> lines = narrative.file().lines();
        boolean fenced = false;
        for (int i = narrative.bodyLine() - 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) fenced = !fenced;
            if (fenced || !hasDigit(line)) continue;
            String visible = blankOut(line);
            Matcher number = TYPED_NUMBER.matcher(visible);
            while (number.find()) {
                diagnostics.warning(SourcePosition.of(narrative.file(), i + 1, number.start() + 1),
                        Message.FIGURE_TYPED, number.group(1));
            }
        }
    }

    /** The line with expressions, code, link targets and HTML tags replaced by spaces, so columns stay right. */
    private static String blankOut(String line) {
        Matcher hidden = HIDDEN.matcher(line);
        StringBuilder out = new StringBuilder(line);
        while (hidden.find()) {
            for (int c = hidden.start(); c < hidden.end(); c++) out.setCharAt(c, ' ');
        }
        return out.toString();
    }

    /**
     * Whether {@code text} has what every typed figure has: five digits in a row, or a digit, a point or a comma and
     * three digits (1.250, 1,250), in ASCII digits as the pattern's. Most narratives have none and are not cut into lines at all.
     */
    static boolean mayHoldTypedFigure(String text) {
        int digitsInARow = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                if (++digitsInARow >= 5) return true;
                continue;
            }
            if (digitsInARow > 0 && (c == '.' || c == ',') && i + 3 < text.length() && isAsciiDigit(text.charAt(i + 1))
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
            digitsInARow = 0;
        }
        return false;
    }

    /** What {@code \d} matches in {@link #TYPED_NUMBER}. */
    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A typed figure has digits: the patterns run only on lines with one (on every line, a fiftieth of a large build). */
    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) return true;
        }
        return false;
    }
}
