package org.baocao.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;

/** FreeMarker's wrapper, plus YAML dates (LocalDate) shown as dates in the language's date format. */
public final class TemplateWrapper extends DefaultObjectWrapper {
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    public TemplateWrapper() {
        super(VERSION);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof LocalDate date) {
            return new SimpleDate(Date.from(date.atStartOfDay(ZoneOffset.UTC).toInstant()), TemplateDateModel.DATE);
        }
        return super.wrap(object);
    }
}
