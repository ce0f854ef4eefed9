package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.baocao.render.OutputFolder;
import org.baocao.render.RenderedReport;
import org.baocao.render.RenderedSection;
import org.baocao.render.html.SiteWriter;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview renders an edited section alone, its figures numbered from where the last full rendering's numbering
 * stood at its start: the site it makes must be, byte for byte, the one a full load makes of the same files, and an
 * edit that would number or name the figures of other sections otherwise must render the whole report again.
 */
class SectionRenderTest {
    private static final String FIRST = "content/reports/2024/vi/01-thanh-vien.md";
    private static final String SECOND = "content/reports/2024/vi/02-san-xuat.md";
    private static final String THIRD = "content/reports/2024/vi/03-ket-luan.md";

    @TempDir
    Path temp;
    private ProjectFixture p;
    private final RenderCache cache = new RenderCache();
    private Loaded before;
    /** The problems the last load with the cache found. */
    private Diagnostics lastDiagnostics;

    @BeforeEach
    void writeProjectAndLoadIt() {
        p = new ProjectFixture(temp.resolve("sen-vang"));
        p.file("content/site.yaml", SITE_YAML);
        p.file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        p.file("content/reports/2024/data/members.yaml", """
                count: 436
                charts:
                  by_year:
                    type: column
                    title: {vi: Thành viên, en: Members}
                    categories: ["2023", "2024"]
                    series:
                      - values: [401, 436]
                  harvest:
                    type: line
                    title: {vi: Sản lượng, en: Harvest}
                    categories: ["2023", "2024"]
                    series:
                      - values: [12, 15]
                tables:
                  by_commune:
                    caption: {vi: Thành viên theo xã, en: Members by commune}
                    columns:
                      - {key: commune, label: {vi: Xã, en: Commune}}
                      - {key: members, label: {vi: Thành viên, en: Members}, format: number}
                    rows:
                      - {commune: Tân Phú, members: 1180}
                """);
        p.file(FIRST, """
                ---
                title: Thành viên
                ---
                Hợp tác xã có ${members.count} xã viên.

                <@chart id="members.by_year"/>

                <@table id="members.by_commune"/>
                """);
        p.file(SECOND, """
                ---
                title: Sản xuất
                ---
                ## Mùa vụ

                Sản lượng tăng, như số xã viên (<@ref id="members.by_year"/>).

                <@chart id="members.harvest"/>
                """);
        p.file(THIRD, """
                ---
                title: Kết luận
                ---
                Một năm tốt.
                """);
        for (String[] en : new String[][] {{"01-thanh-vien", "Members"}, {"02-san-xuat", "Production"}, {"03-ket-luan", "Conclusion"}}) {
            p.file("content/reports/2024/en/" + en[0] + ".md", "---\ntitle: " + en[1] + "\n---\nA good year.\n");
        }
        before = load(cache);
    }

    @Test
    void aPlainTextEditRendersThatSectionAloneAsAFullLoadWould() throws IOException {
        Loaded after = edit(FIRST, "01-thanh-vien", "xã viên.", "xã viên, thêm 35 người.");
        assertSame(rendering(before, "02-san-xuat"), rendering(after, "02-san-xuat"), "the other sections were rendered again");
        assertTrue(html(after, "01-thanh-vien").contains("thêm 35 người"));
        assertSameSiteAsAFullLoad(after);
    }

    /** Its chart is numbered after the first section's, and its reference to that section's chart still resolves. */
    @Test
    void anEditInASectionWithFiguresAfterOtherFiguresKeepsTheirNumbering() throws IOException {
        Loaded after = edit(SECOND, "02-san-xuat", "Sản lượng tăng", "Sản lượng sen tăng mạnh");
        assertSame(rendering(before, "01-thanh-vien"), rendering(after, "01-thanh-vien"), "the other sections were rendered again");
        assertTrue(html(after, "02-san-xuat").contains("Hình 2"), html(after, "02-san-xuat"));
        assertTrue(html(after, "02-san-xuat").contains("01-thanh-vien#chart-members-by-year-figure\">Hình 1"), html(after, "02-san-xuat"));
        assertSameSiteAsAFullLoad(after);
    }

    /** Back to a figure of an earlier section, then forward to one of a later section. */
    @Test
    void aReferenceAddedToAFigureOfAnotherSectionResolves() throws IOException {
        Loaded after = edit(THIRD, "03-ket-luan", "Một năm tốt.", "Một năm tốt (<@ref id=\"members.harvest\"/>, <@ref id=\"members.by_commune\"/>).");
        assertSame(rendering(before, "02-san-xuat"), rendering(after, "02-san-xuat"), "the other sections were rendered again");
        assertTrue(html(after, "03-ket-luan").contains("02-san-xuat#chart-members-harvest-figure\">Hình 2"), html(after, "03-ket-luan"));
        assertTrue(html(after, "03-ket-luan").contains("Bảng 1"), html(after, "03-ket-luan"));
        assertSameSiteAsAFullLoad(after);
        // Forward, to a figure that a later section places.
        Loaded again = edit(FIRST, "01-thanh-vien", "xã viên.", "xã viên; sản lượng: <@ref id=\"members.harvest\"/>.");
        assertSame(rendering(after, "03-ket-luan"), rendering(again, "03-ket-luan"), "the other sections were rendered again");
        assertTrue(html(again, "01-thanh-vien").contains("02-san-xuat#chart-members-harvest-figure\">Hình 2"), html(again, "01-thanh-vien"));
        assertSameSiteAsAFullLoad(again);
    }

    /** A chart added in the first section makes the second section's chart "Hình 3": the whole report is rendered again. */
    @Test
    void anEditThatRenumbersTheFollowingSectionsRendersTheWholeReport() throws IOException {
        Loaded after = edit(FIRST, "01-thanh-vien", "<@table id=\"members.by_commune\"/>",
                "<@table id=\"members.by_commune\"/>\n\n<@chart id=\"members.harvest\"/>");
        assertNotSame(html(before, "02-san-xuat"), html(after, "02-san-xuat"));
        assertTrue(html(after, "02-san-xuat").contains("Hình 3"), html(after, "02-san-xuat"));
        assertSameSiteAsAFullLoad(after);
    }

    /** A reference to nothing is an error, reported as a full load reports it. */
    @Test
    void aReferenceToNothingIsReportedAsByAFullLoad() throws IOException {
        Files.writeString(p.root().resolve(THIRD), Files.readString(p.root().resolve(THIRD)).replace("Một năm tốt.", "Xem <@ref id=\"members.harvst\"/>."));
        cache.forgetFile(THIRD);
        cache.forget("2024", "vi", "03-ket-luan");
        Diagnostics incremental = new Diagnostics();
        new Pipeline().load(p.root(), incremental, cache);
        Diagnostics full = new Diagnostics();
        new Pipeline().load(p.root(), full, RenderCache.forOneLoad());
        assertTrue(full.hasErrors());
        assertEquals(full.sorted(), incremental.sorted());
    }

    private Loaded edit(String file, String sectionKey, String from, String to) throws IOException {
        Path path = p.root().resolve(file);
        String text = Files.readString(path);
        assertTrue(text.contains(from), from);
        Files.writeString(path, text.replace(from, to));
        // What the preview tells the cache when the file is saved.
        cache.forgetFile(file);
        cache.forget("2024", "vi", sectionKey);
        return load(cache);
    }

    private Loaded load(RenderCache using) {
        Diagnostics diagnostics = new Diagnostics();
        lastDiagnostics = diagnostics;
        return new Pipeline().load(p.root(), diagnostics, using).orElseThrow(() -> new AssertionError(diagnostics.sorted()));
    }

    /** The whole site the load makes, in memory, and its problems, are those of a load that keeps nothing. */
    private void assertSameSiteAsAFullLoad(Loaded incremental) {
        Diagnostics fullDiagnostics = new Diagnostics();
        Loaded full = new Pipeline().load(p.root(), fullDiagnostics, RenderCache.forOneLoad()).orElseThrow();
        Map<String, String> expected = site(full);
        Map<String, String> actual = site(incremental);
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, text) -> assertEquals(text, actual.get(path), path));
        assertEquals(fullDiagnostics.sorted(), lastDiagnostics.sorted());
    }

    private Map<String, String> site(Loaded model) {
        Map<String, byte[]> files = new TreeMap<>();
        Diagnostics diagnostics = new Diagnostics();
        new SiteWriter(model.project(), model.theme(), model.messages(), OutputFolder.inMemory(temp.resolve("site"), files), diagnostics)
                .write(model.reports(), Map.of());
        assertTrue(!diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        Map<String, String> text = new TreeMap<>();
        files.forEach((path, bytes) -> text.put(path, new String(bytes, StandardCharsets.ISO_8859_1)));
        return text;
    }

    /**
     * What a section's rendering made once and a kept section keeps, whereas its HTML is decoded anew at each call
     * (see {@link RenderedSection}): the same object when the section was not rendered again.
     */
    private static Object rendering(Loaded model, String sectionKey) {
        RenderedReport vi = model.reports().find("2024", model.project().site().languages().get("vi")).orElseThrow();
        return vi.section(sectionKey).orElseThrow().anchors();
    }

    private static String html(Loaded model, String sectionKey) {
        RenderedReport vi = model.reports().find("2024", model.project().site().languages().get("vi")).orElseThrow();
        return vi.section(sectionKey).orElseThrow().html();
    }
}
