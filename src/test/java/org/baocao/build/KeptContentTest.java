package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.baocao.content.Report;
import org.baocao.source.Diagnostic;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live preview reads again only the files it is told changed: each narrative (and its text scan) by its path,
 * a report's data when the report is forgotten. What it keeps must be what a load that keeps nothing reads, and
 * nothing it was told changed may stay.
 */
class KeptContentTest {
    private static final String VI = "content/reports/2024/vi/01-thanh-vien.md";
    private static final String EN = "content/reports/2024/en/01-thanh-vien.md";
    private static final String DATA = "content/reports/2024/data/members.yaml";

    @TempDir
    Path temp;
    private ProjectFixture p;
    private final RenderCache cache = new RenderCache();

    @BeforeEach
    void writeProjectAndLoadIt() {
        p = new ProjectFixture(temp.resolve("sen-vang"));
        p.file("content/site.yaml", SITE_YAML);
        p.file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        p.file(DATA, "count: 436\n");
        p.file(VI, "---\ntitle: Thành viên\n---\nHợp tác xã có ${members.count} xã viên.\n");
        // A zero-width space after "members": the text scan's warning, to be kept with the file.
        p.file(EN, "---\ntitle: Members\n---\nThe cooperative has ${members.count} members\u200B.\n");
        load();
    }

    @Test
    void aNarrativeNotSaidToHaveChangedIsNotReadAgain() throws IOException {
        Files.writeString(p.root().resolve(EN), "---\ntitle: Members\n---\nChanged behind the preview's back.\n");
        assertEquals("The cooperative has ${members.count} members\u200B.\n", body(load(), "en"), "an unchanged file was read again");
    }

    @Test
    void theChangedNarrativeIsReadAgainAndItsTextScanned() throws IOException {
        Files.writeString(p.root().resolve(VI), "---\ntitle: Thành viên\n---\nHợp tác xã có\u200B ${members.count} xã viên.\n");
        Files.writeString(p.root().resolve(EN), "---\ntitle: Members\n---\nThe cooperative has ${members.count} members.\n");
        cache.forgetFile(VI);
        cache.forgetFile(EN);
        cache.forget("2024", "vi", "01-thanh-vien");
        cache.forget("2024", "en", "01-thanh-vien");
        Loaded loaded = load();
        assertEquals("Hợp tác xã có\u200B ${members.count} xã viên.\n", body(loaded, "vi"));
        assertEquals(List.of(VI), invisibleCharacters(lastDiagnostics), "the text scan's findings are those of the files now");
        assertSameProblemsAsAFullLoad();
    }

    @Test
    void aKeptFilesProblemsAreReportedAgainAtEveryLoad() {
        assertEquals(List.of(EN), invisibleCharacters(lastDiagnostics));
        assertSameProblemsAsAFullLoad();
    }

    @Test
    void aReportForgottenReadsItsDataAgain() throws IOException {
        Files.writeString(p.root().resolve(DATA), "count: 437\n");
        cache.forgetFile(DATA);
        cache.forget("2024");
        Report report = load().project().reports().get(0);
        assertEquals("437", String.valueOf(report.dataSets().get("members").byLanguage().get("vi").get("count")),
                "the data set as read before was kept");
        assertSameProblemsAsAFullLoad();
    }

    private Diagnostics lastDiagnostics;

    private Loaded load() {
        Diagnostics diagnostics = new Diagnostics();
        lastDiagnostics = diagnostics;
        return new Pipeline().load(p.root(), diagnostics, cache).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    private void assertSameProblemsAsAFullLoad() {
        Diagnostics full = new Diagnostics();
        new Pipeline().load(p.root(), full, RenderCache.forOneLoad()).orElseThrow();
        assertEquals(full.sorted(), lastDiagnostics.sorted());
    }

    private static List<String> invisibleCharacters(Diagnostics diagnostics) {
        return diagnostics.sorted().stream().filter(d -> d.text().entry() == Message.INVISIBLE_CHARACTER).map(Diagnostic::file).toList();
    }

    private static String body(Loaded loaded, String language) {
        return loaded.project().reports().get(0).sections().get(0).in(language).orElseThrow().body();
    }
}
