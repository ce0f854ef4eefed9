package org.baocao.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the content of a {@link BenchProject} as a Hugo site, so that Hugo builds the same pages from the same text:
 * content/&lt;lang&gt;/&lt;report&gt;/&lt;section&gt;.md, and a minimal theme that makes the same kind of page as
 * baocao's (header with the language switch, breadcrumb, table of contents, the report's sections, footnotes, pager).
 * Hugo has no data-driven figures: each chart is written as the inline SVG and each table as the Markdown table
 * that baocao makes of the data, and each reference as a plain link (docs/performance.md, "Side by side").
 */
public final class HugoSite {
    private HugoSite() {}

    public static void write(Path site, BenchProject.Shape shape) throws IOException {
        write(site.resolve("config.toml"), CONFIG);
        write(site.resolve("layouts/_default/baseof.html"), BASEOF);
        write(site.resolve("layouts/_default/single.html"), SINGLE);
        write(site.resolve("layouts/_default/list.html"), LIST);
        write(site.resolve("static/site.css"), CSS);
        for (boolean vietnamese : new boolean[] {true, false}) {
            Path language = site.resolve("content").resolve(vietnamese ? "vi" : "en");
            write(language.resolve("_index.md"), "---\ntitle: " + (vietnamese ? "Báo cáo" : "Reports") + "\n---\n");
            for (int r = 1; r <= shape.reports(); r++) {
                Path report = language.resolve(BenchProject.reportId(r));
                write(report.resolve("_index.md"), "---\ntitle: \"" + BenchProject.title(r).in(vietnamese) + "\"\nweight: " + r + "\n---\n");
                for (int chapter = 1; chapter <= shape.sections(); chapter++) {
                    write(report.resolve(PrintFixture.sectionFile(chapter)), PrintFixture.narrative(chapter, shape.sections(), vietnamese, MARKDOWN));
                }
            }
        }
    }

    /** The URL segment baocao makes of a chapter's title: the same in both tools, so the links match. */
    static String slug(int chapter, boolean vietnamese) {
        return (vietnamese ? "vung-sen-so-" : "lotus-area-") + chapter;
    }

    private static final PrintFixture.Markup MARKDOWN = new PrintFixture.Markup() {
        @Override
        public String frontMatter(int chapter, boolean vietnamese) {
            return "---\ntitle: \"" + PrintFixture.chapterTitle(chapter, vietnamese) + "\"\nslug: " + slug(chapter, vietnamese)
                    + "\nweight: " + chapter + "\n---\n";
        }

        @Override
        public String chartReference(int chapter, boolean vietnamese) {
            return "[" + (vietnamese ? "Hình " : "Figure ") + chapter + "](../" + slug(chapter, vietnamese) + "/#chart-" + chapter + ")";
        }

        @Override
        public String tableReference(int chapter, boolean vietnamese) {
            return "[" + (vietnamese ? "Bảng " : "Table ") + chapter + "](../" + slug(chapter, vietnamese) + "/#table-" + chapter + ")";
        }

        @Override
        public String chart(int chapter, boolean vietnamese) {
            // An HTML block ends at the first blank line: the figure is written without one.
            return "<figure class=\"figure-chart\" id=\"chart-" + chapter + "\"><figcaption>" + (vietnamese ? "Hình " : "Figure ") + chapter
                    + ". " + PrintFixture.chartTitle(chapter, vietnamese) + " (" + (vietnamese ? "tấn" : "tonnes") + ")</figcaption>\n"
                    + columnChart(PrintFixture.harvest(chapter), vietnamese ? "Sản lượng" : "Harvest") + "\n</figure>";
        }

        @Override
        public String table(int chapter, boolean vietnamese) {
            StringBuilder md = new StringBuilder("<p class=\"caption\" id=\"table-").append(chapter).append("\">")
                    .append(vietnamese ? "Bảng " : "Table ").append(chapter).append(". ").append(PrintFixture.tableCaption(chapter, vietnamese))
                    .append("</p>\n\n");
            md.append(vietnamese ? "| Ao | Hộ chăm sóc | Diện tích (m²) | Sản lượng (kg) |\n" : "| Pond | Kept by | Area (m²) | Yield (kg) |\n");
            md.append("|---|---|--:|--:|\n");
            for (int r = 1; r <= PrintFixture.TABLE_ROWS; r++) {
                md.append("| ").append(chapter).append('-').append(r).append(" | ").append(PrintFixture.keeper(r, vietnamese)).append(" | ")
                        .append(number(PrintFixture.pondArea(r), vietnamese)).append(" | ")
                        .append(number(PrintFixture.pondYield(chapter, r), vietnamese)).append(" |\n");
            }
            return md.toString().stripTrailing();
        }
    };

    /** A whole number as each language writes it: 1.037 in Vietnamese, 1,037 in English. */
    static String number(int value, boolean vietnamese) {
        return String.format(java.util.Locale.ROOT, "%,d", value).replace(',', vietnamese ? '.' : ',');
    }

    /** Labelled columns over five grid lines, about what baocao draws for a one-series column chart. */
    static String columnChart(int[] values, String series) {
        int max = 0;
        for (int value : values) max = Math.max(max, value);
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 640 344\" width=\"100%\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\" aria-label=\"")
                .append(series).append("\">");
        for (int line = 1; line <= 5; line++) {
            int y = 300 - 52 * line;
            svg.append("<line x1=\"40\" y1=\"").append(y).append("\" x2=\"620\" y2=\"").append(y).append("\" stroke=\"#ddd\"/><text x=\"32\" y=\"")
                    .append(y + 4).append("\" text-anchor=\"end\">").append(max * line / 5).append("</text>");
        }
        for (int i = 0; i < values.length; i++) {
            int height = 260 * values[i] / Math.max(1, max);
            int x = 60 + i * 145;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(300 - height).append("\" width=\"100\" height=\"").append(height)
                    .append("\" fill=\"#c0392b\"/><text x=\"").append(x + 50).append("\" y=\"").append(292 - height)
                    .append("\" text-anchor=\"middle\">").append(values[i]).append("</text><text x=\"").append(x + 50)
                    .append("\" y=\"322\" text-anchor=\"middle\">Q").append(i + 1).append("</text>");
        }
        return svg.append("<line x1=\"40\" y1=\"300\" x2=\"620\" y2=\"300\" stroke=\"#333\"/></svg>").toString();
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final String CONFIG = """
            baseURL = "https://sen-vang.example.vn/"
            defaultContentLanguage = "vi"
            defaultContentLanguageInSubdir = true
            disableKinds = ["taxonomy", "term", "RSS"]
            enableRobotsTXT = false
            relativeURLs = true

            [markup.goldmark.renderer]
            unsafe = true
            [markup.tableOfContents]
            startLevel = 2
            endLevel = 3

            [languages.vi]
            contentDir = "content/vi"
            languageName = "Tiếng Việt"
            title = "Hợp tác xã Sen Vàng"
            weight = 1
            [languages.en]
            contentDir = "content/en"
            languageName = "English"
            title = "Golden Lotus Cooperative"
            weight = 2
            """;

    private static final String BASEOF = """
            <!DOCTYPE html>
            <html lang="{{ .Site.Language.Lang }}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{ .Title }} – {{ .Site.Title }}</title>
            {{ range .AllTranslations }}<link rel="alternate" hreflang="{{ .Lang }}" href="{{ .Permalink }}">{{ end }}
            <link rel="stylesheet" href="{{ "site.css" | relURL }}">
            </head>
            <body>
            <header class="site-header">
              <a class="brand" href="{{ .Site.Home.RelPermalink }}">{{ .Site.Title }}</a>
              <nav class="language-switch"><ul>{{ range .AllTranslations }}<li><a href="{{ .RelPermalink }}" lang="{{ .Lang }}">{{ .Language.LanguageName }}</a></li>{{ end }}</ul></nav>
            </header>
            <main id="main">
            {{ block "main" . }}{{ end }}
            </main>
            <footer class="site-footer"><p>{{ .Site.Title }}</p><p><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a></p></footer>
            </body>
            </html>
            """;

    private static final String SINGLE = """
            {{ define "main" }}
            <nav class="breadcrumb"><ol><li><a href="{{ .Site.Home.RelPermalink }}">{{ .Site.Home.Title }}</a></li><li><a href="{{ .CurrentSection.RelPermalink }}">{{ .CurrentSection.Title }}</a></li></ol></nav>
            <article class="narrative">
              <h1>{{ .Title }}</h1>
              <nav class="toc">{{ .TableOfContents }}</nav>
              <div class="prose">{{ .Content }}</div>
            </article>
            <nav class="sections"><ol>{{ $current := . }}{{ range .CurrentSection.Pages }}<li><a href="{{ .RelPermalink }}"{{ if eq . $current }} aria-current="page"{{ end }}>{{ .Title }}</a></li>{{ end }}</ol></nav>
            <nav class="pager">{{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}</nav>
            {{ end }}
            """;

    private static final String LIST = """
            {{ define "main" }}
            <h1>{{ .Title }}</h1>
            <ol class="contents">{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol>
            {{ end }}
            """;

    private static final String CSS = """
            body { font-family: "Noto Sans", sans-serif; line-height: 1.6; margin: 0 auto; max-width: 60rem; padding: 0 1rem; }
            .site-header { display: flex; justify-content: space-between; align-items: center; border-bottom: 1px solid #ddd; }
            .language-switch ul, .breadcrumb ol { display: flex; gap: 1rem; list-style: none; padding: 0; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border-bottom: 1px solid #ddd; padding: .25rem .5rem; }
            td:nth-child(n+3) { text-align: right; }
            figure { margin: 2rem 0; }
            .toc { background: #f6f6f6; padding: .5rem 1rem; }
            """;
}
