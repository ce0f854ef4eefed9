package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.core.Environment;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.baocao.source.Message;
import org.junit.jupiter.api.Test;

/** A stopped template is placed at the directive that was running, not at the first line that could cause it. */
class TemplateGuardTest {
    private static TemplateGuard.Stopped run(String text) throws Exception {
        Template template = TemplateGuard.prepare(new Template("t", text, new Configuration(Configuration.VERSION_2_3_34)));
        return TemplateGuard.run(template, () -> text, new StringWriter(), (writer, trace) -> {
            Environment env = template.createProcessingEnvironment(Map.of(), writer);
            env.setTemplateProcessingTracer(trace);
            env.process();
        });
    }

    @Test
    void recursionIsPlacedAtTheMacroThatCallsItself() throws Exception {
        TemplateGuard.Stopped stopped = run("<#macro fine>ok</#macro><@fine/>\n<#macro loop>x<@loop/></#macro>\n<@loop/>\n");
        assertEquals(Message.TEMPLATE_RECURSION, stopped.message());
        assertEquals(List.of(2, 1), List.of(stopped.line(), stopped.column()));
    }

    @Test
    void tooMuchTextIsPlacedAtTheTextWritten() throws Exception {
        TemplateGuard.Stopped stopped = run("<#list 1..3 as i>${i}</#list>\n<#list 1..100000000 as i>  ${i}</#list>\n");
        assertEquals(Message.TEMPLATE_TOO_LONG, stopped.message());
        assertEquals(List.of(2, 28), List.of(stopped.line(), stopped.column()));
    }

    @Test
    void aLoopWithoutEndIsPlacedAtThatLoop() throws Exception {
        TemplateGuard.Stopped stopped = run("<#list 1..3 as i>${i}</#list>\n<#list 1..2000000000 as i></#list>\n");
        assertEquals(Message.TEMPLATE_TOO_SLOW, stopped.message());
        assertEquals(List.of(2, 1), List.of(stopped.line(), stopped.column()));
    }
}
