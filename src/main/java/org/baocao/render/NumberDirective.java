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

/**
 * {@code <@number value=finance.npl_ratio decimals=2/>}: a figure with a fixed number of decimals in the language's
 * format (0,82 / 0.82), as tables and key figures print it; {@code negative="parentheses"} prints (12,4).
 */
final class NumberDirective implements TemplateDirectiveModel {
    private static final String USAGE = "write it as <@number value=finance.npl_ratio decimals=2/>: the figure without quotes, a whole number of decimals";

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
                throw new NarrativeTemplates.DirectiveMisuse("<@number> has no parameter '" + name + "'",
                        "it takes value, decimals and negative; " + USAGE);
            }
        }
        Object value = params.get("value");
        if (value == null) throw new NarrativeTemplates.DirectiveMisuse("<@number> needs value=", USAGE);
        if (!(value instanceof TemplateNumberModel number)) {
            throw new NarrativeTemplates.DirectiveMisuse("the value of <@number> is not a number", USAGE);
        }
        Integer decimals = null;
        Object places = params.get("decimals");
        if (places != null) {
            if (!(places instanceof TemplateNumberModel n) || n.getAsNumber().doubleValue() < 0 || n.getAsNumber().doubleValue() > 6
                    || n.getAsNumber().doubleValue() != Math.floor(n.getAsNumber().doubleValue())) {
                throw new NarrativeTemplates.DirectiveMisuse("decimals of <@number> must be a whole number from 0 to 6", USAGE);
            }
            decimals = n.getAsNumber().intValue();
        }
        NumberStyle.Negative negative = NumberStyle.Negative.MINUS;
        Object sign = params.get("negative");
        if (sign != null) {
            String text = sign instanceof TemplateScalarModel s ? s.getAsString() : "";
            if (text.equals("parentheses")) negative = NumberStyle.Negative.PARENTHESES;
            else if (!text.equals("minus")) {
                throw new NarrativeTemplates.DirectiveMisuse("negative of <@number> must be \"minus\" or \"parentheses\"",
                        "write negative=\"parentheses\" to print (12,4)");
            }
        }
        BigDecimal amount = new BigDecimal(number.getAsNumber().toString());
        env.getOut().write(formats.number(amount, new NumberStyle(decimals, negative)));
    }
}
