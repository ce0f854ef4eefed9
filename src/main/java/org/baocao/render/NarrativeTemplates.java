package org.baocao.render;

import org.baocao.source.ToolLanguage;
import org.baocao.source.Phrase;
import org.baocao.source.Message;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.baocao.content.DataReferences;
import org.baocao.content.DataSet;
import org.baocao.content.Narrative;
import org.baocao.content.Report;
import org.baocao.content.ReportFigures;
import org.baocao.i18n.Formats;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;
import org.baocao.yaml.Suggestions;
import org.baocao.yaml.YamlValue;

/**
 * Evaluates a narrative as a FreeMarker template before it is read as Markdown, so that figures come from the
 * data sets: {@code ${outreach.people_reached}} prints 152.730 in Vietnamese and 152,730 in English.
 * Narratives cannot include other files, create Java objects or reach the Java API.
 */
public final class NarrativeTemplates {
    private static final Pattern UNQUOTED_ID = Pattern.compile("\\bid\\s*=\\s*([^\\s\"/>]+)");
    private static final List<String> DIRECTIVES = List.of("chart", "table", "ref", "number");
    private static final Pattern OTHER_REPORT = Pattern.compile("reports\\[\"([^\"]*)\"\\](?:\\.(.+))?");
    /** Every way FreeMarker text can begin an interpolation or a tag, in either syntax. */
    private static final Pattern TEMPLATE_SYNTAX = Pattern.compile("\\$\\{|#\\{|</?[#@]|\\[/?[#@=]");

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Configuration configuration;

    public NarrativeTemplates() {
        configuration = new Configuration(TemplateWrapper.VERSION);
        configuration.setObjectWrapper(new TemplateWrapper());
        configuration.setDefaultEncoding("UTF-8");
        // Escapes text from YAML: Markdown reads &lt; back as a literal '<'.
        configuration.setOutputFormat(HTMLOutputFormat.INSTANCE);
        configuration.setTemplateLoader(new freemarker.cache.StringTemplateLoader());
        configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        configuration.setAPIBuiltinEnabled(false);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setTimeZone(TimeZone.getTimeZone("UTC"));
        configuration.setNumberFormat("number");
        configuration.setCustomDateFormats(Map.of(LocalDateFormat.NAME, LocalDateFormat.FACTORY));
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    }

    /**
     * A narrative evaluated: Markdown in which each figure (chart, table, cross-reference) stands as an empty element
     * that names it, so that the author's own HTML can be sanitised without touching the figures' markup.
     */
    public record Evaluated(String markdown, Map<String, String> figures) {
        private static final Pattern SLOT_ID = Pattern.compile("[\\w-]+");

        /**
         * Replaces each figure's element, {@code <div data-baocao-figure="ID"></div>} (or a span), with the figure,
         * read in its place. An element with anything more is the author's, and stays.
         */
        public void placeFigures(Element body) {
            for (Element slot : body.select("div[data-baocao-figure], span[data-baocao-figure]")) {
                String id = slot.attr("data-baocao-figure");
                if (slot.attributesSize() != 1 || slot.childNodeSize() != 0 || !SLOT_ID.matcher(id).matches()) continue;
                Element context = slot.parent();
                List<Node> figure = Parser.parseFragment(figures.getOrDefault(id, ""), context, body.baseUri());
                for (Node node : figure) slot.before(node);
                slot.remove();
            }
        }
    }

    /** The narrative's Markdown with every expression evaluated, or null when it cannot be parsed. */
    /** @param allReports every report of the project, data-only ones too: {@code ${reports["2024"].finance.total_assets}} */
    public Evaluated evaluate(Narrative narrative, Report report, List<Report> allReports, Formats formats, String datePattern,
                           FigureMaker figures, Diagnostics diagnostics) {
        // Most narratives print no figure: parsing them as templates only to get the same text back cost 30% of a build.
        if (!TEMPLATE_SYNTAX.matcher(narrative.body()).find()) return new Evaluated(narrative.body(), Map.of());
        Map<String, DataSet> dataSets = report.dataSets();
        // Unguessable, so that an author's HTML cannot pass for a figure, nor a printed value for a line taken out.
        String nonce = Long.toHexString(RANDOM.nextLong());
        PlainLines plain = PlainLines.of(narrative.body(), nonce);
        Template template = null;
        if (plain != null) {
            try {
                template = parse(narrative, plain.template());
            } catch (ParseException e) {
                // Reported from the narrative as written, below.
                plain = null;
            }
        }
        if (template == null) {
            try {
                template = parse(narrative, narrative.body());
            } catch (ParseException e) {
                TemplateSyntax.report(e, narrative, diagnostics);
                return null;
            }
        }
        PlainLines lines = plain;
        Template parsed = template;
        Map<String, Object> model = new HashMap<>();
        Map<String, Object> reports = new LinkedHashMap<>();
        for (Report other : allReports) {
            Map<String, Object> itsData = new LinkedHashMap<>();
            other.dataSets().forEach((name, set) -> itsData.put(name, set.byLanguage().get(narrative.language())));
            reports.put(other.id(), itsData);
        }
        model.put("reports", reports);
        ReportFigures otherReports = ReportFigures.of(allReports);
        model.put("number", new NumberDirective(formats));
        Map<String, String> slots = new HashMap<>();
        dataSets.forEach((name, set) -> model.put(name, set.byLanguage().get(narrative.language())));
        model.put("chart", directive(figures::chart, "chart", narrative, true, nonce, slots));
        model.put("table", directive(figures::table, "table", narrative, true, nonce, slots));
        model.put("ref", directive(figures::ref, "ref", narrative, false, nonce, slots));

        StringWriter out = new StringWriter();
        try {
            TemplateGuard.Stopped stopped = TemplateGuard.run(parsed, narrative::body, out, (writer, trace) -> {
                Writer into = lines == null ? writer : lines.expanding(writer);
                Environment env = parsed.createProcessingEnvironment(model, into);
                env.setTemplateProcessingTracer(trace);
                env.setLocale(formats.locale());
                env.setDateFormat("@" + LocalDateFormat.NAME + " " + datePattern);
                env.setTemplateExceptionHandler((e, environment, ignored) -> report(e, narrative, report, otherReports, diagnostics));
                env.process();
                into.flush();
            });
            if (stopped != null) {
                diagnostics.error(position(narrative, stopped.line(), stopped.column()), stopped.message(), stopped.arguments());
                return null;
            }
        } catch (TemplateException e) {
            report(e, narrative, report, otherReports, diagnostics);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Evaluated(out.toString(), Map.copyOf(slots));
    }

    private Template parse(Narrative narrative, String text) throws ParseException {
        try {
            return TemplateGuard.prepare(new Template(narrative.file().path(), new StringReader(text), configuration));
        } catch (ParseException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Called for every failing expression: report it and go on, so one run lists every mistake of the file. */
    private static void report(TemplateException e, Narrative narrative, Report report, ReportFigures figures, Diagnostics diagnostics) {
        Integer line = e.getLineNumber();
        Integer column = e.getColumnNumber();
        SourcePosition at = position(narrative, line == null ? 0 : line, column == null ? 0 : column);
        String expression = e.getBlamedExpressionString();
        if (e instanceof InvalidReferenceException && expression != null && OTHER_REPORT.matcher(expression).matches()) {
            unknownInOtherReport(expression, at, figures, diagnostics);
        } else if (e instanceof InvalidReferenceException && expression != null) {
            // A data set whose file has errors was reported there; its uses would only repeat it.
            if (report.unreadableDataSets().contains(expression.split("[.\\[?!]")[0])) return;
            var empty = DataReferences.resolve(expression, report.dataSets()).filter(v -> v instanceof YamlValue.Scalar s && s.isNull());
            if (empty.isPresent()) {
                SourcePosition value = empty.get().at();
                diagnostics.error(at, Message.VALUE_EMPTY_PRINTED, expression, value.file() + ":" + value.line() + ":" + value.column());
            } else {
                unknownName(expression, at, report, diagnostics);
            }
        } else if (e instanceof FigureFailure || e.getCause() instanceof FigureFailure) {
            // already reported with its own message
        } else if (e instanceof DirectiveMisuse || e.getCause() instanceof DirectiveMisuse) {
            DirectiveMisuse misuse = (DirectiveMisuse) (e instanceof DirectiveMisuse ? e : e.getCause());
            diagnostics.error(at, misuse.problem, null);
        } else if (isForbidden(e)) {
            diagnostics.error(at, Message.NARRATIVE_FORBIDDEN, forbidden(e));
        } else {
            TemplateSyntax.reportWrongKind(e, expression, at, report.dataSets(), diagnostics);
        }
    }

    /** {@code reports["2023"]} that is no report, or {@code reports["2024"].finance.total_asets} that is no figure of it. */
    private static void unknownInOtherReport(String expression, SourcePosition at, ReportFigures figures, Diagnostics diagnostics) {
        Matcher m = OTHER_REPORT.matcher(expression);
        if (!m.matches()) return;
        String id = m.group(1);
        String path = m.group(2);
        if (path == null || !figures.data().containsKey(id)) {
            String closest = Suggestions.closest(id, figures.data().keySet());
            if (closest != null) diagnostics.error(at, Message.OTHER_REPORT_NOT_FOUND.with(id, ""), Message.HINT_DID_YOU_MEAN.with("reports[\"" + closest + "\"]"));
            else diagnostics.error(at, Message.OTHER_REPORT_NOT_FOUND, id, String.join(", ", figures.data().keySet()));
            return;
        }
        String reference = id + "/" + path;
        if (figures.isUnreadable(reference)) return;
        var empty = figures.resolve(reference).filter(v -> v instanceof YamlValue.Scalar s && s.isNull());
        if (empty.isPresent()) {
            SourcePosition value = empty.get().at();
            diagnostics.error(at, Message.VALUE_EMPTY_PRINTED, expression, value.file() + ":" + value.line() + ":" + value.column());
            return;
        }
        String closest = figures.closestFigure(reference);
        if (closest != null) {
            diagnostics.error(at, Message.OTHER_REPORT_NOT_A_FIGURE.with(expression, id, ""),
                    Message.HINT_DID_YOU_MEAN.with("reports[\"" + id + "\"]." + closest.substring(id.length() + 1)));
        } else {
            diagnostics.error(at, Message.OTHER_REPORT_NOT_A_FIGURE, expression, id, String.join(", ", figures.data().get(id).keySet()));
        }
    }

    /** A name that is no value of the data sets: a misspelt figure, a look-alike letter, a directive, an id without quotes. */
    private static void unknownName(String expression, SourcePosition at, Report report, Diagnostics diagnostics) {
        String before = at.sourceLine() == null ? "" : at.sourceLine().substring(0, Math.min(Math.max(at.column() - 1, 0), at.sourceLine().length()));
        if (before.endsWith("<@")) {
            String closest = Suggestions.closest(expression, DIRECTIVES);
            diagnostics.error(at, Message.UNKNOWN_DIRECTIVE.with(expression),
                    closest != null ? Message.HINT_UNKNOWN_DIRECTIVE_CLOSEST.with(closest) : null);
            return;
        }
        if (before.matches(".*<@\\w+\\s+id\\s*=\\s*$")) {
            diagnostics.error(at, Message.ID_NOT_QUOTED, expression);
            return;
        }
        String closest = Suggestions.closest(expression, DataReferences.allPaths(report.dataSets()));
        int lookAlike = closest == null ? -1 : Suggestions.lookAlikeAt(expression, closest);
        if (lookAlike >= 0) {
            SourcePosition letter = new SourcePosition(at.file(), at.line(), at.column() + lookAlike, at.sourceLine());
            diagnostics.error(letter, Message.LOOK_ALIKE_LETTER, expression, Suggestions.describeLetter(expression.charAt(lookAlike)),
                    letter.column(), closest);
            return;
        }
        diagnostics.error(at, Message.UNKNOWN_VALUE.with(expression), DataReferences.hint(expression, report.dataSets()));
    }

    private static boolean isForbidden(TemplateException e) {
        return forbidden(e) != null;
    }

    /** What a hostile or mistaken narrative tried that the configuration refuses, in the user's words. */
    private static Message forbidden(TemplateException e) {
        String message = String.valueOf(e.getMessageWithoutStackTop());
        if (message.contains("api_builtin_enabled")) return Message.WORD_USE_API;
        if (message.contains("Instantiating") || message.contains("?new")) return Message.WORD_CREATE_OBJECTS;
        if (message.contains("Template inclusion failed") || message.contains("Template importing failed")) return Message.WORD_INCLUDE_FILES;
        return null;
    }

    /** An expression FreeMarker cannot place is reported at the body's first line. */
    static SourcePosition position(Narrative narrative, int templateLine, int column) {
        int line = templateLine <= 0 ? narrative.bodyLine() : templateLine + narrative.bodyLine() - 1;
        return SourcePosition.of(narrative.file(), line, templateLine <= 0 ? 1 : column);
    }

    private interface Figure {
        String make(String id, SourcePosition at);
    }

    /** Thrown by a figure directive that already reported its problem, to stop that one directive. */
    private static final class FigureFailure extends TemplateModelException {
        FigureFailure() {
            super("figure failed");
        }
    }

    /** A directive written wrongly, with what to write instead. */
    static final class DirectiveMisuse extends TemplateModelException {
        final Phrase problem;

        DirectiveMisuse(Phrase problem) {
            super(problem.in(ToolLanguage.EN));
            this.problem = problem;
        }
    }

    /** @param block a figure on lines of its own; else inline, within the sentence (a cross-reference) */
    private static TemplateDirectiveModel directive(Figure figure, String name, Narrative narrative, boolean block,
            String nonce, Map<String, String> slots) {
        return (env, params, loopVars, body) -> {
            var call = env.getCurrentDirectiveCallPlace();
            SourcePosition at = position(narrative, call.getBeginLine(), call.getBeginColumn());
            Object id = params.get("id");
            if (params.containsKey("id") && !(id instanceof TemplateScalarModel)) {
                // id=members.by_year without quotes is read as a value of the data sets, which does not exist.
                Matcher written = UNQUOTED_ID.matcher(at.sourceLine());
                String example = written.find(Math.min(at.column() - 1, at.sourceLine().length())) ? written.group(1) : "dataset.name";
                throw new DirectiveMisuse(Message.DIRECTIVE_ID_NOT_QUOTED.with(name, example));
            }
            if (!(id instanceof TemplateScalarModel scalar) || params.size() != 1) {
                throw new DirectiveMisuse(Message.DIRECTIVE_ONE_PARAMETER.with(name));
            }
            String html = figure.make(scalar.getAsString(), at);
            if (html == null) throw new FigureFailure();
            String slot = nonce + "-" + slots.size();
            slots.put(slot, html);
            // A figure on lines of its own, so that Markdown keeps it as one HTML block.
            env.getOut().write(block ? "\n<div data-baocao-figure=\"" + slot + "\"></div>\n" : "<span data-baocao-figure=\"" + slot + "\"></span>");
        };
    }
}
