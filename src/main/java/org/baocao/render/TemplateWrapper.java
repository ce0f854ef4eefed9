package org.baocao.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;

/** FreeMarker's wrapper, plus YAML dates (LocalDate) shown as dates in the language's date format. */
public final class TemplateWrapper extends DefaultObjectWrapper {
    public static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    /** The methods already called once, made accessible then (when Java allows it). */
    private final Set<Method> called = ConcurrentHashMap.newKeySet();

    public TemplateWrapper() {
        super(VERSION);
    }

    /**
     * Every call of a template on a model's method (a record's accessor, a getter) goes through {@link Method#invoke},
     * which walks the stack to find its caller and check access, unless the method was made accessible: 1.2% of a
     * 1,000-page build. FreeMarker only calls public methods of public types, which need no access check; making them
     * accessible once skips it and gives no template more than it had.
     */
    @Override
    protected TemplateModel invokeMethod(Object object, Method method, Object[] args)
            throws InvocationTargetException, IllegalAccessException, TemplateModelException {
        if (called.add(method)) method.trySetAccessible();
        return super.invokeMethod(object, method, args);
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
