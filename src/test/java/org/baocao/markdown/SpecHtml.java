package org.baocao.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * HTML normalised as the CommonMark spec's own test tool (test/normalize.py) does before comparing: whitespace
 * runs collapsed outside pre, whitespace next to block tags dropped, attributes sorted, entities decoded and the
 * five special characters re-escaped. Both sides go through it, so it only has to be faithful, not complete.
 */
final class SpecHtml {
    private static final Set<String> BLOCK_TAGS = Set.of("article", "header", "aside", "hgroup", "blockquote", "hr",
            "iframe", "body", "li", "map", "button", "object", "canvas", "ol", "caption", "output", "col", "p",
            "colgroup", "pre", "dd", "progress", "dir", "section", "dl", "table", "td", "dt", "tbody", "embed",
            "textarea", "fieldset", "tfoot", "figcaption", "th", "figure", "thead", "footer", "tr", "form", "ul",
            "h1", "h2", "h3", "h4", "h5", "h6", "video", "script", "style");
    private static final Pattern TOKEN = Pattern.compile(
            "(?<comment><!--.*?-->)"
                    + "|(?<pi><\\?.*?>)"
                    + "|(?<decl><![^>]*>)"
                    + "|</(?<end>[A-Za-z][A-Za-z0-9-]*)\\s*>"
                    + "|<(?<start>[A-Za-z][A-Za-z0-9-]*)(?<attrs>(?:\\s+[^\\s\"'>/=]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?)*)\\s*(?<self>/?)>",
            Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'=<>`]+)))?");

    private final StringBuilder output = new StringBuilder();
    private String last = "starttag";
    private String lastTag = "";
    private boolean inPre;

    private SpecHtml() {}

    static String normalize(String html) {
        SpecHtml normalizer = new SpecHtml();
        Matcher m = TOKEN.matcher(html);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) normalizer.data(html.substring(at, m.start()));
            normalizer.token(m);
            at = m.end();
        }
        if (at < html.length()) normalizer.data(html.substring(at));
        return normalizer.output.toString();
    }

    private void token(Matcher m) {
        if (m.group("comment") != null || m.group("pi") != null || m.group("decl") != null) {
            output.append(m.group());
            last = "comment";
        } else if (m.group("end") != null) {
            String tag = m.group("end").toLowerCase(Locale.ROOT);
            if (tag.equals("pre")) inPre = false;
            else if (BLOCK_TAGS.contains(tag)) stripTrailingWhitespace();
            output.append("</").append(tag).append('>');
            lastTag = tag;
            last = "endtag";
        } else {
            String tag = m.group("start").toLowerCase(Locale.ROOT);
            if (tag.equals("pre")) inPre = true;
            if (BLOCK_TAGS.contains(tag)) stripTrailingWhitespace();
            output.append('<').append(tag);
            List<String[]> attributes = new ArrayList<>();
            Matcher a = ATTRIBUTE.matcher(m.group("attrs"));
            while (a.find()) {
                String value = a.group(2) != null ? a.group(2) : a.group(3) != null ? a.group(3) : a.group(4);
                attributes.add(new String[] {a.group(1).toLowerCase(Locale.ROOT), value});
            }
            attributes.sort((x, y) -> x[0].equals(y[0]) ? String.valueOf(x[1]).compareTo(String.valueOf(y[1])) : x[0].compareTo(y[0]));
            for (String[] attribute : attributes) {
                output.append(' ').append(attribute[0]);
                if (attribute[1] != null) output.append("=\"").append(escape(Parser.unescapeEntities(attribute[1], true), true)).append('"');
            }
            output.append('>');
            lastTag = tag;
            // A self-closing tag counts as closed, as normalize.py's handle_startendtag says.
            last = m.group("self").isEmpty() ? "starttag" : "endtag";
        }
    }

    private void data(String raw) {
        String data = escape(Parser.unescapeEntities(raw, false), false);
        boolean afterTag = last.equals("endtag") || last.equals("starttag");
        boolean afterBlockTag = afterTag && BLOCK_TAGS.contains(lastTag);
        if (afterTag && lastTag.equals("br")) data = data.replaceFirst("^\n+", "");
        if (!inPre) data = data.replaceAll("\\s+", " ");
        if (afterBlockTag && !inPre) {
            if (last.equals("starttag")) data = data.stripLeading();
            else data = data.strip();
        }
        output.append(data);
        last = "data";
    }

    private void stripTrailingWhitespace() {
        int end = output.length();
        while (end > 0 && Character.isWhitespace(output.charAt(end - 1))) end--;
        output.setLength(end);
    }

    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append(attribute ? "&#x27;" : "'");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
