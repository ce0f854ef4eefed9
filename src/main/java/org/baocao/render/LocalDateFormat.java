package org.baocao.render;

import freemarker.core.Environment;
import freemarker.core.TemplateDateFormat;
import freemarker.core.TemplateDateFormatFactory;
import freemarker.core.UnparsableValueException;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModelException;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.GregorianCalendar;
import java.util.Calendar;
import java.time.LocalDate;
import java.util.TimeZone;

/**
 * Prints a template's dates with java.time: FreeMarker's own date format is java.text's, whose calendar turns Julian
 * before 15 October 1582 (1500-03-01 would print as 20/02/1500). YAML dates reach templates as
 * {@link TemplateWrapper.YamlDate}; the pattern is the language's date_format.
 */
final class LocalDateFormat extends TemplateDateFormat {
    /** The name templates' configurations know it by: {@code @date dd/MM/yyyy}. */
    static final String NAME = "date";

    static final TemplateDateFormatFactory FACTORY = new TemplateDateFormatFactory() {
        @Override
        public TemplateDateFormat get(String params, int dateType, Locale locale, TimeZone timeZone, boolean zonelessInput,
                Environment env) {
            return new LocalDateFormat(params, DateTimeFormatter.ofPattern(params, locale));
        }
    };

    private final String pattern;
    private final DateTimeFormatter formatter;

    private LocalDateFormat(String pattern, DateTimeFormatter formatter) {
        this.pattern = pattern;
        this.formatter = formatter;
    }

    @Override
    public String formatToPlainText(TemplateDateModel date) throws TemplateModelException {
        if (date instanceof TemplateWrapper.YamlDate yaml) return yaml.date().format(formatter);
        // Any other date (a template's .now): its fields in java.text's calendar, as FreeMarker's own formats read it.
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        calendar.setTime(date.getAsDate());
        return LocalDate.of(calendar.get(Calendar.YEAR), calendar.get(Calendar.MONTH) + 1, calendar.get(Calendar.DAY_OF_MONTH))
                .format(formatter);
    }

    @Override
    public Object parse(String text, int dateType) throws UnparsableValueException {
        throw new UnparsableValueException("templates do not read dates from text");
    }

    @Override
    public boolean isLocaleBound() {
        return true;
    }

    @Override
    public boolean isTimeZoneBound() {
        return false;
    }

    @Override
    public String getDescription() {
        return pattern;
    }
}
