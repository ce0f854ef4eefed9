package org.baocao.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.baocao.content.DataSet;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Messages;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.ReportRenderer;
import org.baocao.render.Theme;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;

/**
 * Reports rendered in one language, kept with a fingerprint of everything their rendering reads: the narratives of
 * that language, the names of every section, the data sets, the interface strings, the site settings and the media
 * folder. It also keeps the theme, whose templates are parsed once. A later load whose inputs have the same
 * fingerprint reuses the rendering (and repeats its warnings), so an edit re-renders only the report and language it
 * touches. Renderings with errors are never kept. Whoever keeps a cache between loads must {@link #clear()} it when
 * anything but a narrative or a data set changes.
 */
public final class RenderCache {
    private record Entry(String fingerprint, RenderedReport rendered, List<Diagnostic> diagnostics) {}

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Set<String> renderedLastTime = ConcurrentHashMap.newKeySet();
    private final boolean keeps;
    private volatile Theme theme;
    /** The fingerprint of what every rendering reads (site settings, every data set): hashed once per load. */
    private volatile String projectFingerprint = "";

    /** A cache kept between loads, as the live preview does. */
    public RenderCache() {
        this(true);
    }

    private RenderCache(boolean keeps) {
        this.keeps = keeps;
    }

    /** For a single load (a build, a check): it keeps no rendering, so it never spends time fingerprinting one. */
    public static RenderCache forOneLoad() {
        return new RenderCache(false);
    }

    /** Forgets everything: the next load reads the theme and renders every report again. */
    public void clear() {
        entries.clear();
        theme = null;
    }

    /** The theme, its templates parsed once until {@link #clear()}: the caller clears when a theme file changes. */
    Theme theme(Path projectRoot) {
        Theme kept = theme;
        if (kept == null || !kept.projectRoot().equals(projectRoot)) {
            kept = new Theme(projectRoot);
            theme = kept;
        }
        return kept;
    }

    /** "reportId/language" of every rendering the last load had to make, i.e. not taken from the cache. */
    public Set<String> renderedByLastLoad() {
        return Set.copyOf(renderedLastTime);
    }

    void startLoad(Project project) {
        renderedLastTime.clear();
        if (keeps) projectFingerprint = projectFingerprint(project);
    }

    RenderedReport render(Project project, Report report, String language, Messages messages, Diagnostics diagnostics,
                          Function<Diagnostics, RenderedReport> renderer) {
        String key = report.id() + "/" + language;
        if (!keeps) return renderer.apply(diagnostics);
        String fingerprint = fingerprint(report, language, messages);
        Entry entry = entries.get(key);
        if (entry != null && entry.fingerprint().equals(fingerprint)) {
            entry.diagnostics().forEach(diagnostics::add);
            return rebind(entry.rendered(), project, report, messages);
        }
        renderedLastTime.add(key);
        Diagnostics own = new Diagnostics();
        RenderedReport rendered = renderer.apply(own);
        own.sorted().forEach(diagnostics::add);
        if (own.hasErrors()) {
            entries.remove(key);
        } else {
            entries.put(key, new Entry(fingerprint, rendered, own.sorted()));
        }
        return rendered;
    }

    /** The cached rendering, pointing at the newly loaded model: equal inputs, but e.g. a new report title. */
    private static RenderedReport rebind(RenderedReport old, Project project, Report report, Messages messages) {
        List<RenderedSection> sections = old.sections().stream().map(s -> {
            Section section = report.section(s.section().key()).orElseThrow();
            Narrative narrative = section.in(old.language()).orElseThrow();
            return new RenderedSection(section, narrative, s.html(), s.headings(), s.plainText(), s.anchors());
        }).toList();
        return new RenderedReport(report, old.language(), ReportRenderer.formats(project, old.language(), messages), messages,
                sections, old.media(), old.downloads());
    }

    /**
     * The values as read, not the files' text: they hold the cells of spreadsheets, and a narrative or a table may
     * print any report's figures.
     */
    private static String projectFingerprint(Project project) {
        MessageDigest digest = sha256();
        Consumer<String> add = adder(digest);
        add.accept(project.site().toString());
        for (Report any : project.allReports()) {
            for (DataSet dataSet : any.dataSets().values()) {
                add.accept(any.id() + "/" + dataSet.file().path());
                add.accept(dataSet.root().toString());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private String fingerprint(Report report, String language, Messages messages) {
        MessageDigest digest = sha256();
        Consumer<String> add = adder(digest);
        add.accept(projectFingerprint);
        add.accept(report.folder().toString());
        add.accept(new TreeSet<>(report.unreadableDataSets()).toString());
        add.accept(new TreeMap<>(messages.strings()).toString());
        for (Section section : report.sections()) {
            add.accept(section.key());
            section.in(language).ifPresent(n -> {
                add.accept(n.file().path());
                add.accept(n.file().text());
            });
        }
        Path media = report.folder().resolve("media");
        if (Files.isDirectory(media)) {
            try (Stream<Path> files = Files.walk(media)) {
                for (Path file : files.sorted().toList()) {
                    add.accept(file + " " + Files.getLastModifiedTime(file).toMillis() + " " + (Files.isRegularFile(file) ? Files.size(file) : 0));
                }
            } catch (IOException e) {
                add.accept("unreadable media " + System.nanoTime());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static Consumer<String> adder(MessageDigest digest) {
        return text -> {
            digest.update(text.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
