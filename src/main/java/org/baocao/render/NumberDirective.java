package org.baocao.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.baocao.i18n.Formats;
import org.baocao.i18n.NumberStyle;
import org.baocao.source.Message;

/**
 * {@code <@number value=finance.npl_ratio decimals=2/>}: a figure with a fixed number of decimals in the language's
 * format (0,82 / 0.82), as tables and key figures print it; {@code negative="parentheses"} prints (12,4).
 */
final class NumberDirective implements TemplateDirectiveModel {
    private final Formats formats;

    NumberDirective(Formats formats) {
        this.formats = formats;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
            throws TemplateException, IOException {
        for (Object name : params.keySet()) {
            if (!name.equals("value") && !name.equals("decimals") && !name.equals("negative")) {
                throw new NarrativeTemplates.DirectiveMisuse(Message.NUMBER_DIRECTIVE_PARAMETER.with(name));
            }
        }
        Object value = params.get("value");
        if (value == null) throw new NarrativeTemplates.DirectiveMisuse(Message.NUMBER_DIRECTIVE_NO_VALUE.with());
        if (!(value instanceof TemplateNumberModel number)) {
            throw new NarrativeTemplates.DirectiveMisuse(Message.NUMBER_DIRECTIVE_NOT_A_NUMBER.with());
        }
        Integer decimals = null;
        Object places = params.get("decimals");
        if (places != null) {
            if (!(places instanceof TemplateNumberModel n) || n.getAsNumber().doubleValue() < 0 || n.getAsNumber().doubleValue() > 6
                    || n.getAsNumber().doubleValue() != Math.floor(n.getAsNumber().doubleValue())) {
                throw new NarrativeTemplates.DirectiveMisuse(Message.NUMBER_DIRECTIVE_DECIMALS.with());
            }
            decimals = n.getAsNumber().intValue();
        }
        NumberStyle.Negative negative = NumberStyle.Negative.MINUS;
        Object sign = params.get("negative");
        if (sign != null) {
            String text = sign instanceof TemplateScalarModel s ? s.getAsString() : "";
            if (text.equals("parentheses")) negative = NumberStyle.Negative.PARENTHESES;
            else if (!text.equals("minus")) {
                throw new NarrativeTemplates.DirectiveMisuse(Message.NUMBER_DIRECTIVE_NEGATIVE.with());
            }
        }
        BigDecimal amount = new BigDecimal(number.getAsNumber().toString());
        env.getOut().write(formats.number(amount, new NumberStyle(decimals, negative)));
    }
}
