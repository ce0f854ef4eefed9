package org.baocao.build;

import static org.baocao.bench.PrintFixture.SITE_YAML;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.baocao.source.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A project's copy of a figure macro changes that figure in both editions, the site and the PDF. */
class ThemeMacroOverrideTest {
    @TempDir
    Path temp;

    @Test
    void aProjectsTableMacroDrawsTheTablesOfTheSiteAndThePdf() throws IOException {
        ProjectFixture p = new ProjectFixture(temp.resolve("tan-phu"));
        p.file("content/site.yaml", SITE_YAML);
        p.file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo thường niên 2024, en: Annual Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        p.file("content/reports/2024/data/members.yaml", """
                charts:
                  by_year:
                    type: column
                    title: {vi: Thành viên, en: Members}
                    categories: ["2023", "2024"]
                    series:
                      - values: [401, 436]
                tables:
                  by_commune:
                    caption: {vi: Thành viên theo xã, en: Members by commune}
                    columns:
                      - {key: commune, label: {vi: Xã, en: Commune}}
                      - {key: members, label: {vi: Thành viên, en: Members}, format: number}
                    rows:
                      - {commune: Tân Phú, members: 1180}
                """);
        for (String lang : new String[] {"vi", "en"}) {
            p.file("content/reports/2024/" + lang + "/01-so-lieu.md", """
                    ---
                    title: %s
                    ---
                    <@table id="members.by_commune"/>

                    <@chart id="members.by_year"/>
                    """.formatted(lang.equals("vi") ? "Số liệu" : "Figures"));
        }
        // The theme author's table: the default markup's essentials, with a ledger class and a source line.
        p.file("templates/macros/table.ftlh", """
                <#macro table table>
                <div class="table-wrap ledger" tabindex="0">
                <table class="data-table"<#if table.id??> id="${table.id}"</#if>>
                <#if table.caption??><caption>${table.number}: ${table.caption}</caption></#if>
                <thead><tr><#list table.columns as c><th scope="col">${c.label}</th></#list></tr></thead>
                <tbody><#list table.rows as row><tr><#list row.cells as cell><td>${cell.text}</td></#list></tr></#list></tbody>
                </table>
                <p class="table-source">Ledger of Tan Phu</p>
                </div>
                </#macro>
                """);
        Path output = temp.resolve("site");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(p.root(), output, true, false), diagnostics);
        assertTrue(result.succeeded(), () -> diagnostics.sorted().toString());

        Document page = Jsoup.parse(output.resolve("en/2024/figures/index.html").toFile());
        assertEquals(2, page.select("div.table-wrap.ledger").size(), "the placed table and the chart's data table: " + page.select("main"));
        assertEquals("Table 1: Members by commune", page.selectFirst("#table-members-by-commune caption").text());
        assertEquals("1,180", page.select("#table-members-by-commune td").last().text());
        assertEquals(0, page.select("div.figure-table").size(), "the default markup is gone");

        for (String pdf : new String[] {"en/2024/annual-report-2024.pdf", "vi/2024/bao-cao-thuong-nien-2024.pdf"}) {
            try (PDDocument document = Loader.loadPDF(Files.readAllBytes(output.resolve(pdf)))) {
                String text = new PDFTextStripper().getText(document);
                assertTrue(text.contains("Ledger of Tan Phu"), pdf + ":\n" + text);
                assertTrue(text.contains(pdf.startsWith("en") ? "Table 1: Members by commune" : "Bảng 1: Thành viên theo xã"), pdf + ":\n" + text);
            }
        }
    }

    @Test
    void aMistakeInAMacroIsReportedAtItsLine() {
        ProjectFixture p = new ProjectFixture(temp.resolve("tan-phu"));
        p.file("content/site.yaml", SITE_YAML);
        p.file("content/reports/2024/report.yaml", """
                title: {vi: Báo cáo 2024, en: Report 2024}
                period: {start: 2024-01-01, end: 2024-12-31}
                published: 2025-03-20
                """);
        p.file("content/reports/2024/data/members.yaml", """
                tables:
                  by_commune:
                    caption: {vi: Thành viên theo xã, en: Members by commune}
                    columns:
                      - {key: commune, label: {vi: Xã, en: Commune}}
                    rows:
                      - {commune: Tân Phú}
                """);
        for (String lang : new String[] {"vi", "en"}) {
            p.file("content/reports/2024/" + lang + "/01-so-lieu.md", "---\ntitle: T\n---\n<@table id=\"members.by_commune\"/>\n");
        }
        p.file("templates/macros/table.ftlh", "<#macro table table>\n<table><caption>${table.titel}</caption></table>\n</#macro>\n");
        Diagnostics diagnostics = new Diagnostics();
        BuildResult result = new Pipeline().build(new BuildOptions(p.root(), temp.resolve("site"), false, false), diagnostics);
        assertTrue(!result.succeeded());
        var first = diagnostics.sorted().get(0);
        assertEquals("templates/macros/table.ftlh:2:19", first.file() + ":" + first.line() + ":" + first.column(),
                diagnostics.sorted().toString());
        assertTrue(first.message().startsWith("theme macro table failed for the figure at content/reports/2024/"), first.message());
        assertTrue(first.message().endsWith(": The following has evaluated to null or missing: table.titel"), first.message());
        assertEquals("<table><caption>${table.titel}</caption></table>", first.sourceLine());
    }
}
