package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What templates get from models through {@link TemplateWrapper}. */
class TemplateWrapperTest {
    public record Cooperative(String name, long members) {
        public String greeting(String who) {
            return "Chào " + who + ", " + name;
        }
    }

    private static String process(String template, Map<String, Object> model) throws Exception {
        Configuration configuration = new Configuration(TemplateWrapper.VERSION);
        configuration.setObjectWrapper(new TemplateWrapper());
        configuration.setNumberFormat("computer");
        StringWriter out = new StringWriter();
        new Template("t", new StringReader(template), configuration).process(model, out);
        return out.toString();
    }

    /** Called again and again, as a table's rows call them: the first call makes the method accessible (see the class). */
    @Test
    void accessorsGettersAndMethodsGiveTheirValuesEveryTime() throws Exception {
        Map<String, Object> model = Map.of("coop", new Cooperative("Sen Vàng", 152_730), "locale", Locale.forLanguageTag("vi-VN"));
        String template = "<#list 1..3 as i>${coop.name()} ${coop.members()} ${coop.greeting('bạn')} ${locale.getLanguage()} ${locale.country};</#list>";
        assertEquals("Sen Vàng 152730 Chào bạn, Sen Vàng vi VN;".repeat(3), process(template, model));
    }
}
