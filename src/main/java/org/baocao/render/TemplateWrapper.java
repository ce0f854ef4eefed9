package org.baocao.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.time.LocalDate;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;

/** FreeMarker's wrapper, plus YAML dates (LocalDate) shown as dates in the language's date format. */
public final class TemplateWrapper extends DefaultObjectWrapper {
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    public TemplateWrapper() {
        super(VERSION);
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof LocalDate date) return new YamlDate(date);
        return super.wrap(object);
    }

    /**
     * A YAML date as a template sees it. Its {@code java.util.Date} is the midnight UTC whose fields in java.text's
     * calendar (Julian before 15 October 1582) are the date's own, so that {@code ?string("dd/MM/yyyy")}, which
     * FreeMarker formats with java.text, prints 01/03/1500 as written; {@link LocalDateFormat} uses the date itself.
     */
    record YamlDate(LocalDate date) implements TemplateDateModel {
        @Override
        public Date getAsDate() {
            GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            calendar.clear();
            calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
            return calendar.getTime();
        }

        @Override
        public int getDateType() {
            return DATE;
        }
    }
}
