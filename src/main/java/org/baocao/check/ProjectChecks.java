package org.baocao.check;

import org.baocao.brand.BrandChecks;

import java.nio.file.Path;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.render.RenderedReports;
import org.baocao.render.Theme;
import org.baocao.source.Diagnostics;
import org.baocao.source.Kept;
import org.baocao.source.ScannedTexts;
import org.baocao.source.ProjectPaths;
import org.baocao.translate.TranslationStatus;

/**
 * The checks that need more than one file or the rendered text: run by every load, so that check and build
 * report the same problems.
 */
public final class ProjectChecks {
    private ProjectChecks() {}

    /**
     * On the files as they are on disk, whether or not the project loads.
     *
     * @param scanned the text scans' findings kept from earlier loads, by file
     */
    public static void files(Path projectRoot, Diagnostics diagnostics, Kept<Boolean> scanned, ScannedTexts texts) {
        for (String folder : new String[] {"content", "templates"}) {
            for (ProjectPaths.LinkOut link : ProjectPaths.linksOut(projectRoot, projectRoot.resolve(folder))) {
                String relative = projectRoot.toAbsolutePath().normalize().relativize(link.link().toAbsolutePath().normalize()).toString().replace('\\', '/');
                diagnostics.add(ProjectPaths.linkOutDiagnostic(relative, link.target()));
            }
        }
        new TextScan(projectRoot, diagnostics).scanContent(scanned, texts);
    }

    /** The brand's colours and fonts. */
    public static void brand(Project project, Diagnostics diagnostics) {
        BrandChecks.check(project.root(), project.site().brand(), diagnostics);
    }

    /** The project's copies of theme files that no longer fit what baocao writes. */
    public static void theme(Theme theme, Diagnostics diagnostics) {
        OutdatedThemeCopies.check(theme, diagnostics);
    }

    /**
     * One report's checks; they read its files, its data and its renderings, nothing of another report.
     *
     * @param withParity false when the content has errors: a mistyped reference would also show up as a difference
     *     between languages
     */
    public static void report(Project project, Report report, RenderedReports reports, boolean withParity, Diagnostics diagnostics) {
        MissingTranslations.check(project.root(), report, project.site().languages(), diagnostics);
        if (withParity) FigureParity.check(report, project.site().languages(), diagnostics);
        TranslationStatus.warnOutdated(project, report, diagnostics);
        EmptyValues.check(report, project.site().languages().defaultLanguage().code(), diagnostics);
        LeftoverYears.check(project.root(), report, diagnostics);
        reports.languagesOf(report.id()).forEach(rendered -> Anchors.check(rendered, diagnostics));
    }
}
