package org.baocao.cli;

import org.baocao.source.Message;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baocao.content.ContentLoader;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.i18n.Language;
import org.baocao.render.MessagesLoader;
import org.baocao.render.Theme;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectFiles;
import org.baocao.source.SourcePosition;
import org.baocao.translate.Gaps;
import org.baocao.translate.Marker;
import org.baocao.translate.TextTranslations;
import org.baocao.translate.TranslationStatus;
import org.baocao.translate.TranslationStatus.Entry;
import org.baocao.translate.TranslationStatus.State;
import org.baocao.translate.WordDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "translations", mixinStandardHelpOptions = true,
        description = {"Every section in every language: ok, missing or outdated, and what changed in the source "
                + "of each outdated translation.",
                "With --mark: record that translated files are up to date with their source."})
final class TranslationsCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--mark", arity = "1..*", paramLabel = "FILE",
            description = "translated section files that are now up to date (relative to the project, or absolute)")
    List<Path> mark;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Diagnostics diagnostics = new Diagnostics();
        Optional<Project> loaded = new ContentLoader(project.folder(), diagnostics).load();
        if (loaded.isEmpty()) {
            DiagnosticPrinter.print(diagnostics, false, err);
            return Main.CONTENT_ERRORS;
        }
        Project model = loaded.get();
        if (mark != null) {
            Diagnostics marking = new Diagnostics();
            List<String> done = new Marker(model, marking).mark(mark, LocalDate.now());
            DiagnosticPrinter.print(marking, false, err);
            done.forEach(out::println);
            out.flush();
            return marking.hasErrors() ? Main.CONTENT_ERRORS : 0;
        }
        MessagesLoader.load(model, new Theme(model.root()), diagnostics);
        Map<State, Integer> totals = new EnumMap<>(State.class);
        for (Report report : model.reports()) {
            Map<String, Map<String, Entry>> status = TranslationStatus.of(report, model.site().languages(),
                    new ProjectFiles(model.root(), diagnostics), diagnostics);
            printTable(report, model, status, out);
            status.values().forEach(byLanguage -> byLanguage.values().forEach(e -> totals.merge(e.state(), 1, Integer::sum)));
            if (printDetails(report, model, status, out)) out.println();
        }
        printTexts(TextTranslations.of(model, diagnostics), out);
        printGaps(Gaps.localizedTexts(diagnostics), Message.LINE_TRANSLATIONS_TEXT_GAPS.format(), out);
        printGaps(Gaps.interfaceStrings(diagnostics), Message.LINE_TRANSLATIONS_STRING_GAPS.format(), out);
        out.println(summary(totals));
        if (diagnostics.hasErrors()) {
            out.println(Message.LINE_TRANSLATIONS_CONTENT_ERRORS.format());
        }
        out.flush();
        return 0;
    }

    private static void printTable(Report report, Project model, Map<String, Map<String, Entry>> status, PrintWriter out) {
        List<Language> languages = model.site().languages().all();
        out.println(Message.LINE_TRANSLATIONS_REPORT.format(report.id(), languages.get(0).code()));
        int width = Math.max(8, status.keySet().stream().mapToInt(String::length).max().orElse(0)) + 2;
        StringBuilder header = new StringBuilder("  " + pad(Message.LINE_TRANSLATIONS_SECTION.format(), width));
        languages.forEach(l -> header.append(pad(l.code(), STATE_WIDTH)));
        out.println(header.toString().stripTrailing());
        status.forEach((key, byLanguage) -> {
            StringBuilder row = new StringBuilder("  " + pad(key, width));
            byLanguage.values().forEach(e -> row.append(pad(e.state().label(), STATE_WIDTH)));
            out.println(row.toString().stripTrailing());
        });
        out.println();
    }

    /** True when anything was printed: every translation that is not ok, and why. */
    private static boolean printDetails(Report report, Project model, Map<String, Map<String, Entry>> status, PrintWriter out) {
        boolean printed = false;
        String folder = new ProjectFiles(model.root(), new Diagnostics()).relative(report.folder()) + "/";
        for (Map<String, Entry> byLanguage : status.values()) {
            for (Entry entry : byLanguage.values()) {
                String file = folder + entry.file();
                printed |= entry.state() != State.OK && entry.state() != State.SOURCE;
                switch (entry.state()) {
                    case OUTDATED -> {
                        out.println(Message.LINE_TRANSLATION_OUTDATED.format(file));
                        out.println(Message.LINE_TRANSLATION_SOURCE_CHANGED.format(folder + entry.mark().source(),
                                entry.mark().marked() == null ? "" : Message.WORD_MARKED_ON.with(entry.mark().marked())));
                        for (WordDiff.Change change : entry.changes()) {
                            out.println(Message.LINE_TRANSLATION_CHANGE.format(change.line(), change.render()));
                        }
                        out.println(Message.LINE_TRANSLATION_MARK_WHEN_UPDATED.format(file));
                    }
                    case NEVER_MARKED -> {
                        out.println(Message.LINE_TRANSLATION_NEVER_MARKED.format(file));
                        out.println(Message.LINE_TRANSLATION_MARK_IF.format(file));
                    }
                    case MISSING -> out.println(Message.LINE_TRANSLATION_MISSING.format(file,
                            entry.language().equals(model.site().languages().defaultLanguage().code()) ? Message.LINE_TRANSLATION_THE_SOURCE_ITSELF : ""));
                    case NO_SOURCE -> out.println(Message.LINE_TRANSLATION_NO_SOURCE.format(file, model.site().languages().defaultLanguage().code()));
                    default -> { }
                }
            }
        }
        return printed;
    }

    /** Outdated texts of the YAML files with their line and word diff; texts never marked, counted per file. */
    private static void printTexts(TextTranslations texts, PrintWriter out) {
        List<TextTranslations.Entry> entries = texts.notUpToDate();
        Map<String, Integer> neverMarked = new LinkedHashMap<>();
        int outdated = 0;
        for (TextTranslations.Entry entry : entries) {
            if (entry.state() == State.NEVER_MARKED) {
                neverMarked.merge(entry.text().file(), 1, Integer::sum);
                continue;
            }
            outdated++;
            SourcePosition at = entry.text().translations().get(entry.language());
            out.println("outdated: " + at.file() + ":" + at.line() + ": " + entry.language() + " text of " + entry.text().path());
            out.println("  its source text has changed since it was marked up to date"
                    + (entry.mark().marked() == null ? "" : " on " + entry.mark().marked()) + ":");
            for (WordDiff.Change change : entry.changes()) out.println("    " + change.render());
            out.println("  when the translation is updated: baocao translations --mark " + at.file());
        }
        neverMarked.forEach((file, count) -> out.println("not marked: " + count + " translated text" + (count == 1 ? "" : "s") + " in " + file
                + " never marked up to date; if they are: baocao translations --mark " + file));
        int total = texts.texts().stream().mapToInt(t -> t.translations().size()).sum();
        out.println("texts in YAML files: " + (total - entries.size()) + " ok, " + outdated + " outdated, "
                + (entries.size() - outdated) + " not marked");
        out.println();
    }

    private static void printGaps(List<Diagnostic> gaps, String title, PrintWriter out) {
        if (gaps.isEmpty()) return;
        out.println(title);
        gaps.forEach(d -> out.println("  " + d.headline().replaceFirst(": (warning|error): ", ": ")));
        out.println();
    }

    private static String summary(Map<State, Integer> totals) {
        return Message.LINE_TRANSLATIONS_SUMMARY.format(totals.getOrDefault(State.OK, 0), totals.getOrDefault(State.OUTDATED, 0),
                totals.getOrDefault(State.NEVER_MARKED, 0), totals.getOrDefault(State.MISSING, 0), totals.getOrDefault(State.NO_SOURCE, 0));
    }

    /** The widest state label, in either language, and a gap. */
    private static final int STATE_WIDTH = Math.max(12, java.util.Arrays.stream(State.values()).mapToInt(s -> s.label().length()).max().orElse(0) + 2);

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }
}
