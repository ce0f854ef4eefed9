package org.baocao.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.ObjectWrapper;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.baocao.source.ProjectPaths;

/**
 * The theme: the default one built into baocao (the repository's templates/ folder, packaged as /theme), with any
 * file of the project's own templates/ folder taking the place of the default file of the same path.
 */
public final class Theme {
    private static final String BUILT_IN = "/theme";

    private final Path projectRoot;
    private final Path projectTemplates;
    private final Configuration configuration;
    private final Map<String, Map<String, byte[]>> folders = new ConcurrentHashMap<>();
    private final Map<String, String> sources = new ConcurrentHashMap<>();
    private final Map<String, Template> macroCalls = new ConcurrentHashMap<>();

    public Theme(Path projectRoot) {
        this.projectRoot = projectRoot;
        this.projectTemplates = projectRoot.resolve("templates");
        this.configuration = configuration(projectTemplates);
    }

    private static Configuration configuration(Path projectTemplates) {
        Configuration cfg = TemplateGuard.configuration();
        cfg.setObjectWrapper(new TemplateWrapper());
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("number");
        cfg.setCustomDateFormats(Map.of(LocalDateFormat.NAME, LocalDateFormat.FACTORY));
        cfg.setDateFormat("@" + LocalDateFormat.NAME + " yyyy-MM-dd");
        try {
            TemplateLoader builtIn = new ClassTemplateLoader(Theme.class, BUILT_IN);
            cfg.setTemplateLoader(Files.isDirectory(projectTemplates)
                    ? new MultiTemplateLoader(new TemplateLoader[] {new ProjectTemplateLoader(projectTemplates), builtIn})
                    : builtIn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cfg;
    }

    /**
     * The project's templates, a template that is a link out of the project taken as absent (the link itself is
     * reported with its path by the project checks), where FreeMarker's own loader would throw a SecurityException.
     */
    private static final class ProjectTemplateLoader extends FileTemplateLoader {
        private final Path root;

        ProjectTemplateLoader(Path templates) throws IOException {
            super(templates.toFile());
            this.root = templates.getParent();
        }

        @Override
        public Object findTemplateSource(String name) throws IOException {
            Path file = root.resolve("templates").resolve(name).normalize();
            if (ProjectPaths.locate(root, file) == ProjectPaths.Where.OUTSIDE) return null;
            try {
                return super.findTemplateSource(name);
            } catch (SecurityException e) {
                return null;
            }
        }
    }

    public Path projectRoot() {
        return projectRoot;
    }

    /** Shared, thread-safe after construction. */
    public Configuration templates() {
        return configuration;
    }

    /**
     * Fills a template with its typed model. A name the template uses is looked up in {@code model} first, then in
     * {@code shared}: what every template of its kind sees (a {@link org.baocao.render.model.WebFrame} for the site's
     * pages, the first {@link org.baocao.render.model.Edition} for print.ftlh).
     */
    public TemplateGuard.Stopped process(String templateName, Record model, Record shared, Writer out) throws IOException, TemplateException {
        ObjectWrapper wrapper = configuration.getObjectWrapper();
        TemplateHashModel own = (TemplateHashModel) wrapper.wrap(model);
        TemplateHashModel common = (TemplateHashModel) wrapper.wrap(shared);
        Template template = configuration.getTemplate(templateName);
        TemplateHashModel both = new TemplateHashModel() {
            @Override
            public TemplateModel get(String key) throws TemplateModelException {
                TemplateModel value = own.get(key);
                return value != null ? value : common.get(key);
            }

            @Override
            public boolean isEmpty() {
                return false;
            }
        };
        return TemplateGuard.run(template, () -> source(templateName), out, (writer, trace) -> {
            Environment env = template.createProcessingEnvironment(both, writer);
            env.setTemplateProcessingTracer(trace);
            env.process();
        });
    }

    /**
     * The HTML of one of the theme's figure macros, such as {@code table} of macros/table.ftlh, called with the
     * figure as its one parameter (named like the macro) and {@code t}, the interface strings, in reach. Line breaks
     * between tags are removed, so that the figure stays one HTML block in the Markdown around it.
     */
    public String macro(String file, String name, Record figure, Map<String, String> t) throws IOException, TemplateException {
        Template call = macroCalls.computeIfAbsent(file + "#" + name, key -> {
            try {
                return new Template("(" + name + " macro call)", "<#import \"/" + file + "\" as m><@m." + name + " " + name + "=figure/>",
                        configuration);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        StringWriter out = new StringWriter();
        call.process(new MacroCall(figure, t), out);
        return oneLine(out.toString().strip());
    }

    /** The data model of a figure macro's call. */
    public record MacroCall(Record figure, Map<String, String> t) {}

    /** A theme file's bytes: the project's if it has one, else the default theme's; empty when neither exists. */
    public Optional<byte[]> file(String path) {
        Path own = projectTemplates.resolve(path).normalize();
        try {
            if (own.startsWith(projectTemplates) && Files.isRegularFile(own) && ProjectPaths.isInside(projectRoot, own)) {
                return Optional.of(Files.readAllBytes(own));
            }
            try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "/" + path)) {
                return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A theme file's text, for diagnostics; empty when there is none. */
    public String source(String path) {
        return sources.computeIfAbsent(path, p -> file(p).map(bytes -> new String(bytes, java.nio.charset.StandardCharsets.UTF_8)).orElse(""));
    }

    /** The default theme's own copy of a file, whatever the project overrides. */
    public Optional<byte[]> builtInFile(String path) {
        try (InputStream in = Theme.class.getResourceAsStream(BUILT_IN + "/" + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The project's own copy of a theme file, when it has one: for diagnostics that point into it. */
    public Optional<Path> projectFile(String path) {
        Path own = projectTemplates.resolve(path);
        return Files.isRegularFile(own) && ProjectPaths.isInside(projectRoot, own) ? Optional.of(own) : Optional.empty();
    }

    /**
     * Every file below a theme folder (such as "assets"), by path relative to the theme, overrides applied. Read once
     * per theme: the live preview asks again on every edit, and opening the jar each time costs more than the edit.
     */
    public Map<String, byte[]> files(String folder) {
        return folders.computeIfAbsent(folder, this::readFiles);
    }

    private Map<String, byte[]> readFiles(String folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try {
            URI uri = Theme.class.getResource(BUILT_IN + "/" + folder).toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    collect(jar.getPath(BUILT_IN), jar.getPath(BUILT_IN, folder), files, null);
                }
            } else {
                Path builtIn = Path.of(uri);
                collect(builtIn.getParent(), builtIn, files, null);
            }
            if (Files.isDirectory(projectTemplates.resolve(folder))) {
                collect(projectTemplates, projectTemplates.resolve(folder), files, projectRoot);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("the built-in theme has no folder " + folder, e);
        }
        return Collections.unmodifiableMap(files);
    }

    /** @param projectRoot for the project's own files, which must not lead out of it; null for the built-in theme */
    private static void collect(Path themeRoot, Path folder, Map<String, byte[]> into, Path projectRoot) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).filter(p -> projectRoot == null || ProjectPaths.isInside(projectRoot, p)).toList()) {
                into.put(themeRoot.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
    }

    /**
     * Each run of white space with a line break in it removed between two tags, else made one space; other white
     * space is kept. By hand: two regular expressions over every table's HTML were a twentieth of a large build.
     */
    static String oneLine(String html) {
        int lineBreak = html.indexOf('\n');
        if (lineBreak < 0) return html;
        // Only the runs with a line break change: the text between them is copied whole, not a character at a time.
        StringBuilder out = new StringBuilder(html.length());
        int copied = 0;
        while (lineBreak >= 0) {
            int start = lineBreak;
            while (start > copied && isSpace(html.charAt(start - 1))) start--;
            int end = lineBreak + 1;
            while (end < html.length() && isSpace(html.charAt(end))) end++;
            out.append(html, copied, start);
            if (!(start > 0 && html.charAt(start - 1) == '>' && end < html.length() && html.charAt(end) == '<')) out.append(' ');
            copied = end;
            lineBreak = html.indexOf('\n', end);
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** White space as a regular expression reads \s. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
