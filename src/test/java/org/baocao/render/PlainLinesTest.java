package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.core.InvalidReferenceException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Taking plain lines out of a narrative changes nothing FreeMarker writes or reports; only what it has to parse. */
class PlainLinesTest {
    private static final String NONCE = "5eed";
    private static final String SENTENCE = "Hợp tác xã chăm sóc các ao sen của vùng này cùng các hộ thành viên.";
    private static final Map<String, Object> MODEL = Map.of("members", 152730, "show", true, "years", List.of(2021, 2022, 2023),
            "odd", "\uE000" + "0dd:0\uE001 and \uE000");

    @Test
    void writesTheSameAsTheNarrativeAsWritten() throws Exception {
        String body = String.join("\n",
                SENTENCE + " " + SENTENCE,
                "",
                "Thành viên: ${members}. " + SENTENCE,
                SENTENCE,
                "<#if show>",
                SENTENCE + " (inside an if)",
                "</#if>",
                "<#list years as year>",
                "- ${year}",
                SENTENCE + " (repeated for every year)",
                "</#list>",
                "<#-- a comment that spans lines",
                SENTENCE + " (inside the comment)",
                "-->",
                "<#if",
                "   show && (years?size > 0) || members gt 1000000000000000000",
                "   >" + SENTENCE + "</#if>",
                "${odd}",
                SENTENCE + "\r",
                "   " + SENTENCE + "   ",
                "");
        PlainLines plain = PlainLines.of(body, NONCE);
        assertNotNull(plain);
        assertEquals(6, plain.template().split(NONCE + ":", -1).length - 1, "long plain lines taken out: " + plain.template());
        assertEquals(run(body, null), run(plain.template(), plain));
        assertTrue(run(plain.template(), plain).contains("\uE0000dd:0\uE001 and \uE000"), "a value that looks like a marker is printed as it is");
    }

    @Test
    void takesOutLinesWithFootnotesLinksHtmlAndLoneSigns() throws Exception {
        String body = String.join("\n",
                SENTENCE + "[^nguon]",
                "[" + SENTENCE + "](https://example.org/#top)",
                "Giá: US$ 5, số #3; " + SENTENCE,
                "<b>" + SENTENCE + "</b> <br/>",
                "# " + SENTENCE,
                SENTENCE + " ${members}",
                SENTENCE + " <#if show>shown</#if>",
                SENTENCE + " <@ref id=\"ledger.x\"/>",
                "[^nguon]: " + SENTENCE);
        PlainLines plain = PlainLines.of(body, NONCE);
        assertNotNull(plain);
        assertEquals(6, plain.template().split(NONCE + ":", -1).length - 1, "long plain lines taken out: " + plain.template());
        String kept = body.substring(body.indexOf(SENTENCE + " ${members}"), body.indexOf("\n[^nguon]:"));
        assertTrue(plain.template().contains(kept), "the lines with constructs are kept as written: " + plain.template());
        String withoutReference = body.replace(" <@ref id=\"ledger.x\"/>", "");
        PlainLines plainWithoutReference = PlainLines.of(withoutReference, NONCE);
        assertEquals(run(withoutReference, null), run(plainWithoutReference.template(), plainWithoutReference));
    }

    @Test
    void keepsTheLinesOfAConstructThatSpansLines() {
        String tag = String.join("\n",
                "<@table id=\"x\"",
                "   caption=\"one line (with a bracket) of the caption",
                "   and this one, which has no FreeMarker character in it at all\"",
                "   note=(1 > 0)",
                "   this line is still within the tag, long enough to be taken",
                "/>",
                SENTENCE);
        PlainLines plain = PlainLines.of(tag, NONCE);
        assertNotNull(plain);
        assertEquals(7, plain.template().split("\n", -1).length);
        assertTrue(plain.template().startsWith(tag.substring(0, tag.lastIndexOf('\n'))), plain.template());
        String interpolation = "${members +\n  0 + 1 + 2 + 3 + 4 + 5 + 6 + 7 + 8 + 9 + 10 + 11 + 12\n}";
        assertNull(PlainLines.of(interpolation, NONCE), "no plain line outside the interpolation");
    }

    @Test
    void leavesAloneWhatItDoesNotFollow() {
        assertNull(PlainLines.of("[#if show]\n" + SENTENCE + "\n[/#if]", NONCE), "square-bracket syntax");
        assertNull(PlainLines.of("<#noparse>\n" + SENTENCE + "\n</#noparse>", NONCE));
        assertNull(PlainLines.of("<#assign block>\n" + SENTENCE + "\n</#assign>\n${block?upper_case}", NONCE), "text captured");
        assertNull(PlainLines.of("<#compress>\n" + SENTENCE + "   with    spaces\n</#compress>", NONCE), "text squeezed");
        assertNull(PlainLines.of("<#macro box><div><#nested></div></#macro>\n<@box>\n" + SENTENCE + "\n</@box>", NONCE), "text handed to a macro");
        assertNull(PlainLines.of(SENTENCE + "\n\uE000", NONCE), "the marker's own character");
        assertNull(PlainLines.of("${members}\nshort line", NONCE), "nothing long enough");
        assertNull(PlainLines.of("<#-- never closed\n" + SENTENCE, NONCE));
    }

    @Test
    void reportsErrorsAtTheNarrativesOwnLineAndColumn() throws Exception {
        String body = SENTENCE + "\n" + SENTENCE + "\nSố: ${missing} " + SENTENCE + "\n" + SENTENCE;
        PlainLines plain = PlainLines.of(body, NONCE);
        assertNotNull(plain);
        InvalidReferenceException asWritten = assertThrows(InvalidReferenceException.class, () -> run(body, null));
        InvalidReferenceException taken = assertThrows(InvalidReferenceException.class, () -> run(plain.template(), plain));
        assertEquals(3, taken.getLineNumber());
        assertEquals(asWritten.getLineNumber(), taken.getLineNumber());
        assertEquals(asWritten.getColumnNumber(), taken.getColumnNumber());
    }

    @Test
    void aMarkerCutBetweenTwoWritesIsPutBackWhole() throws IOException {
        String body = "${members}\n" + SENTENCE;
        PlainLines plain = PlainLines.of(body, NONCE);
        assertNotNull(plain);
        String marker = plain.template().substring(plain.template().indexOf('\n') + 1);
        StringWriter out = new StringWriter();
        Writer expanding = plain.expanding(out);
        for (char c : ("before " + marker + " after").toCharArray()) expanding.write(c);
        expanding.flush();
        assertEquals("before " + SENTENCE + " after", out.toString());
    }

    private static String run(String text, PlainLines plain) throws IOException, TemplateException {
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setNumberFormat("computer");
        Template template = new Template("narrative.md", text, configuration);
        StringWriter out = new StringWriter();
        Writer into = plain == null ? out : plain.expanding(out);
        template.process(MODEL, into);
        into.flush();
        return out.toString();
    }
}
