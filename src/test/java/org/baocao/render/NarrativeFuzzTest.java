package org.baocao.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.baocao.content.ContentLoader;
import org.baocao.content.Narrative;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.content.Section;
import org.baocao.i18n.Messages;
import org.baocao.markdown.MarkdownRenderer;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.SourceFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.baocao.FuzzBound;

/**
 * Any text as the body of a narrative, rendered as a build renders it (FreeMarker, Markdown, sanitising, figures and
 * links) in a real project: it ends as a section's HTML or as positioned diagnostics, never as an exception or a
 * hang. Without JAZZER_FUZZ it runs the inputs of NarrativeFuzzTestInputs/anyNarrative/; docs/development.md says
 * how to fuzz longer.
 */
class NarrativeFuzzTest {
    private static Path folder;
    private static Project project;
    private static Theme theme;
    private static Messages messages;
    private static final NarrativeTemplates TEMPLATES = new NarrativeTemplates();
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer();

    @BeforeAll
    static void loadProject() throws IOException, URISyntaxException {
        folder = Files.createTempDirectory("baocao-narrative-fuzz");
        Path base = Path.of(NarrativeFuzzTest.class.getResource("/broken/_base").toURI());
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path copy = folder.resolve(base.relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy);
            }
        }
        Diagnostics diagnostics = new Diagnostics();
        project = new ContentLoader(folder, diagnostics).load().orElseThrow();
        assertEquals(List.of(), diagnostics.sorted(), "the project the narratives are put in is valid");
        theme = new Theme(folder);
        messages = MessagesLoader.load(project, theme, diagnostics).get("vi");
    }

    @AfterAll
    static void removeProject() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) Files.delete(file);
        }
    }

    @FuzzTest(maxDuration = "20s")
    void anyNarrative(@NotNull String text) throws Exception {
        FuzzBound.within(30, () -> renderAsNarrative(text));
    }

    private static void renderAsNarrative(String text) {
        Report report = project.reports().get(0);
        Section first = report.sections().get(0);
        Narrative original = first.narratives().get("vi");
        String body = SourceFile.normalize(text);
        String fileText = "---\ntitle: " + original.title() + "\n---\n" + body;
        Narrative narrative = new Narrative("vi", new SourceFile(original.file().path(), fileText), original.title(),
                original.slug(), original.summary(), body, 4);
        Map<String, Narrative> narratives = new LinkedHashMap<>(first.narratives());
        narratives.put("vi", narrative);
        List<Section> sections = Stream.concat(Stream.of(new Section(first.key(), first.order(), narratives)),
                report.sections().stream().skip(1)).toList();
        Report changed = new Report(report.id(), report.folder(), report.title(), report.subtitle(), report.start(),
                report.end(), report.published(), report.cover(), report.keyFigures(), report.dataSets(),
                report.unreadableDataSets(), sections, report.draft());
        Project withIt = new Project(project.root(), project.site(), project.i18nOverrides(), List.of(changed), project.dataOnly());

        Diagnostics diagnostics = new Diagnostics();
        RenderedReport rendered = new ReportRenderer(withIt, theme, TEMPLATES, MARKDOWN, diagnostics).render(changed, "vi", messages);
        assertNotNull(rendered);
        boolean sectionRendered = rendered.sections().stream().anyMatch(s -> s.section().key().equals(first.key()));
        assertTrue(sectionRendered || diagnostics.hasErrors(), "a section that is not rendered has an error that says why");
        int lines = fileText.split("\n", -1).length;
        for (Diagnostic diagnostic : diagnostics.sorted()) {
            assertFalse(diagnostic.message().isBlank(), diagnostic::format);
            if (diagnostic.file().equals(original.file().path())) {
                assertTrue(diagnostic.line() <= lines, () -> "line of " + diagnostic.format());
            }
        }
    }
}
