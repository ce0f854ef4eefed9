package org.baocao.scaffold;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.baocao.content.ContentLoader;
import org.baocao.content.DataSet;
import org.baocao.content.Narrative;
import org.baocao.content.Placeholders;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Language;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourcePosition;

/**
 * {@code baocao new report ID [--from ID]}: next year's report, started from last year's: the same sections in every
 * language with their front matter and a placeholder body, the data sets with their figures cleared, the media
 * copied, and report.yaml with its years moved on. Without {@code --from}, a report with one placeholder section.
 * Either way the new report is a draft, which {@code baocao build} does not publish until it is marked finished.
 */
public final class NewReport {
    private static final Pattern REPORT_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(19|20)[0-9]{2}(?![0-9])");
    /** A new report is unfinished: {@code baocao build} leaves it out until this line goes. */
    static String draftLine() {
        return "draft: true  # " + Message.SCAFFOLD_DRAFT.format() + "\n";
    }
    /** The draft key of the report started from, replaced by {@link #draftLine()}. */
    private static final Pattern OWN_DRAFT_LINE = Pattern.compile("(?m)^draft:[^\n]*(\n|$)");

    private NewReport() {}

    /** @return the files written, relative to the project; empty with the reason in the diagnostics */
    public static List<String> create(Path projectFolder, String id, Optional<String> from, Diagnostics diagnostics) throws IOException {
        Path project = projectFolder.toAbsolutePath().normalize();
        if (!REPORT_ID.matcher(id).matches()) {
            diagnostics.error(SourcePosition.wholeFile("content/reports/" + id), Message.NEW_REPORT_NAME, id);
            return List.of();
        }
        Path target = project.resolve("content/reports").resolve(id);
        if (Files.exists(target)) {
            diagnostics.error(SourcePosition.wholeFile("content/reports/" + id), Message.NEW_REPORT_EXISTS, id);
            return List.of();
        }
        Optional<Project> loaded = new ContentLoader(project, diagnostics).load();
        if (loaded.isEmpty() || diagnostics.hasErrors()) return List.of();
        List<String> written = new ArrayList<>();
        if (from.isEmpty()) {
            writeBlank(project, target, id, loaded.get(), written, diagnostics);
            return written;
        }
        Optional<Report> previous = loaded.get().report(from.get());
        if (previous.isEmpty()) {
            diagnostics.error(SourcePosition.wholeFile("content/reports/" + from.get()), Message.NEW_REPORT_NO_SOURCE,
                    from.get(), loaded.get().reports().stream().map(Report::id).toList());
            return List.of();
        }
        copy(project, previous.get(), target, id, written);
        return written;
    }

    private static void copy(Path project, Report previous, Path target, String id, List<String> written) throws IOException {
        int shift = yearShift(previous.id(), id);
        String reportYaml = Files.readString(previous.folder().resolve("report.yaml"));
        write(project, target.resolve("report.yaml"), "# " + Message.SCAFFOLD_STARTED_FROM.format(previous.id()) + "\n" + draftLine() + shiftYears(OWN_DRAFT_LINE.matcher(reportYaml).replaceAll(""), shift),
                written);
        for (DataSet dataSet : previous.dataSets().values()) {
            Path source = project.resolve(dataSet.file().path());
            write(project, target.resolve("data").resolve(source.getFileName()), DataClearer.clear(dataSet.file(), dataSet.root(), shift), written);
        }
        for (Section section : previous.sections()) {
            for (Narrative narrative : section.narratives().values()) {
                String text = narrative.file().text();
                String frontMatter = text.substring(0, text.length() - narrative.body().length());
                if (!frontMatter.endsWith("\n")) frontMatter += "\n";
                write(project, target.resolve(narrative.language()).resolve(section.key() + ".md"),
                        frontMatter + Placeholders.body(narrative.language()), written);
            }
        }
        Path media = previous.folder().resolve("media");
        if (Files.isDirectory(media)) {
            try (Stream<Path> files = Files.walk(media)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    Path copy = target.resolve("media").resolve(media.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                    written.add(relative(project, copy));
                }
            }
        }
    }

    private static void writeBlank(Path project, Path target, String id, Project site, List<String> written, Diagnostics diagnostics)
            throws IOException {
        List<Integer> years = years(id);
        if (years.isEmpty()) {
            diagnostics.error(SourcePosition.wholeFile("content/reports/" + id), Message.NEW_REPORT_NO_YEAR, id);
            return;
        }
        int first = years.get(0);
        int last = years.get(years.size() - 1);
        StringBuilder title = new StringBuilder();
        for (Language language : site.site().languages().all()) {
            title.append(title.length() == 0 ? "" : ", ").append(language.code()).append(": ")
                    .append(language.code().equals("vi") ? "Báo cáo thường niên " + id : "Annual Report " + id);
        }
        write(project, target.resolve("report.yaml"), draftLine() + "title: {" + title + "}\n"
                + "period: {start: " + LocalDate.of(first, 1, 1) + ", end: " + LocalDate.of(last, 12, 31) + "}\n"
                + "published: " + LocalDate.of(last + 1, 3, 31) + "\n", written);
        for (Language language : site.site().languages().all()) {
            String heading = language.code().equals("vi") ? "Tổng quan" : "Overview";
            write(project, target.resolve(language.code()).resolve("01-tong-quan.md"),
                    "---\ntitle: " + heading + "\nslug: tong-quan\n---\n" + Placeholders.body(language.code()), written);
        }
    }

    /** From 2020 to 2021 is one year on; from 2016-2020 to 2021-2025, five. Zero when either names no year. */
    static int yearShift(String from, String to) {
        List<Integer> before = years(from);
        List<Integer> after = years(to);
        if (before.isEmpty() || after.isEmpty()) return 0;
        return after.get(after.size() - 1) - before.get(before.size() - 1);
    }

    static String shiftYears(String text, int shift) {
        if (shift == 0) return text;
        Matcher matcher = YEAR.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) matcher.appendReplacement(out, String.valueOf(Integer.parseInt(matcher.group()) + shift));
        matcher.appendTail(out);
        return out.toString();
    }

    private static List<Integer> years(String id) {
        List<Integer> years = new ArrayList<>();
        Matcher matcher = YEAR.matcher(id);
        while (matcher.find()) years.add(Integer.parseInt(matcher.group()));
        return years;
    }

    private static void write(Path project, Path file, String text, List<String> written) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        written.add(relative(project, file));
    }

    private static String relative(Path project, Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }
}
