package org.baocao.translate;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Languages;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourceFile;
import org.baocao.source.SourcePosition;

/** {@code baocao translations --mark FILE...}: records that translations are up to date with their sources. */
public final class Marker {
    private final Project project;
    private final ProjectFiles files;
    private final Diagnostics diagnostics;

    public Marker(Project project, Diagnostics diagnostics) {
        this.project = project;
        this.files = new ProjectFiles(project.root(), diagnostics);
        this.diagnostics = diagnostics;
    }

    /**
     * Marks every file, or none when one of them cannot be marked (with a diagnostic): a half-recorded mark is
     * worse than a clear refusal. Returns one line per file for the user: what was written where.
     *
     * @param paths relative to the project, or absolute
     */
    public List<String> mark(List<Path> paths, LocalDate today) throws IOException {
        Languages languages = project.site().languages();
        String sourceLanguage = languages.defaultLanguage().code();
        Map<Report, TranslationStore> stores = new LinkedHashMap<>();
        List<String> done = new ArrayList<>();
        TextTranslations texts = null;
        for (Path given : paths) {
            Path file = project.root().resolve(given).toAbsolutePath().normalize();
            String shown = files.relative(file);
            Report report = project.reports().stream().filter(r -> file.startsWith(r.folder().toAbsolutePath().normalize()))
                    .findFirst().orElse(null);
            if (shown.endsWith(".yaml") || shown.endsWith(".yml")) {
                if (texts == null) texts = TextTranslations.of(project, diagnostics);
                if (!TextTranslations.yamlFiles(project).stream().map(p -> p.toAbsolutePath().normalize()).toList().contains(file)) {
                    refuse(shown, Message.MARK_NOT_A_YAML_WITH_TEXTS, shown);
                    continue;
                }
                int count = texts.mark(shown, today);
                done.add("marked the " + count + " translated text" + (count == 1 ? "" : "s") + " of " + shown + " up to date in "
                        + files.relative(texts.storeFile()));
                continue;
            }
            Path relative = report == null ? null : report.folder().toAbsolutePath().normalize().relativize(file);
            if (report == null || relative.getNameCount() != 2 || !shown.endsWith(".md")) {
                refuse(shown, Message.MARK_NOT_A_SECTION, shown);
                continue;
            }
            String language = relative.getName(0).toString();
            if (!languages.contains(language)) {
                refuse(shown, Message.MARK_LANGUAGE_UNKNOWN, shown, language, languages.codes());
                continue;
            }
            if (language.equals(sourceLanguage)) {
                refuse(shown, Message.MARK_SOURCE_LANGUAGE, shown, sourceLanguage, shown.replace("/" + sourceLanguage + "/", "/" + languages.all().get(languages.all().size() > 1 ? 1 : 0).code() + "/"));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                refuse(shown, Message.MARK_FILE_MISSING, shown);
                continue;
            }
            String name = relative.getName(1).toString();
            Path sourceFile = report.folder().resolve(sourceLanguage).resolve(name);
            if (!Files.isRegularFile(sourceFile)) {
                refuse(shown, Message.MARK_NO_SOURCE, shown, files.relative(sourceFile), sourceLanguage);
                continue;
            }
            SourceFile source = files.read(sourceFile);
            if (source == null) continue;
            TranslationStore store = stores.computeIfAbsent(report, r -> TranslationStore.read(r.folder(), files, diagnostics));
            store.mark(language + "/" + name, sourceLanguage + "/" + name, source.text(), today);
            done.add(Message.LINE_TRANSLATION_MARKED.format(shown, files.relative(sourceFile), files.relative(store.file())));
        }
        if (diagnostics.hasErrors()) return List.of();
        for (TranslationStore store : stores.values()) store.write();
        if (texts != null) texts.write();
        return done;
    }

    private void refuse(String file, Message problem, Object... args) {
        diagnostics.error(SourcePosition.wholeFile(file), problem, args);
    }
}
