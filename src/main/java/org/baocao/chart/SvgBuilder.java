package org.baocao.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Minimal XML writer for SVG. Attribute numbers are always plain ("12.5", never "12,5"), and every
 * text is escaped, because the output is embedded both in XHTML (for the PDF) and in HTML5.
 */
final class SvgBuilder {
    private final StringBuilder out = new StringBuilder(4096);

    /** Opens {@code <name a="v" ...>}; attributes are name/value pairs. */
    SvgBuilder open(String name, Object... attrs) {
        start(name, attrs);
        out.append(">");
        return this;
    }

    SvgBuilder close(String name) {
        out.append("</").append(name).append(">");
        return this;
    }

    /** A self-closing element. */
    SvgBuilder empty(String name, Object... attrs) {
        start(name, attrs);
        out.append("/>");
        return this;
    }

    /** An element whose only child is escaped text. */
    SvgBuilder textElement(String name, String text, Object... attrs) {
        open(name, attrs);
        out.append(escape(text));
        return close(name);
    }

    private void start(String name, Object[] attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes must be name/value pairs");
        }
        out.append('<').append(name);
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attrs[i]).append("=\"").append(attrValue(attrs[i + 1])).append('"');
        }
    }

    private static String attrValue(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return num(((Number) v).doubleValue());
        }
        return escape(String.valueOf(v));
    }

    /** A coordinate in plain notation with at most 2 decimals; refuses NaN/Infinity loudly. */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalStateException("non-finite coordinate: " + v);
        }
        String s = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return s.equals("-0") ? "0" : s;
    }

    /** Escapes XML specials and drops characters XML 1.0 forbids. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            b.append(c);
                        }
                    }
                }
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
