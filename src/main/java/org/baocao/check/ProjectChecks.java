package org.baocao.check;

import org.baocao.brand.BrandChecks;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baocao.concurrent.Workers;
import org.baocao.content.Project;
import org.baocao.content.Report;
import org.baocao.render.RenderedReports;
import org.baocao.source.Diagnostics;
import org.baocao.source.ProjectPaths;
import org.baocao.translate.TranslationStatus;

/**
 * The checks that need more than one file or the rendered text: run by every load, so that check and build
 * report the same problems.
 */
public final class ProjectChecks {
    private ProjectChecks() {}

    /** On the files as they are on disk, whether or not the project loads. */
    public static void files(Path projectRoot, Diagnostics diagnostics) {
        for (String folder : new String[] {"content", "templates"}) {
            for (ProjectPaths.LinkOut link : ProjectPaths.linksOut(projectRoot, projectRoot.resolve(folder))) {
                String relative = projectRoot.toAbsolutePath().normalize().relativize(link.link().toAbsolutePath().normalize()).toString().replace('\\', '/');
                diagnostics.add(ProjectPaths.linkOutDiagnostic(relative, link.target()));
            }
        }
        new TextScan(projectRoot, diagnostics).scanContent();
    }

    /** On the loaded project and its reports rendered per language, the reports on every core. */
    public static void rendered(Project project, RenderedReports reports, Diagnostics diagnostics) {
        BrandChecks.check(project.root(), project.site().brand(), diagnostics);
        // Only on content without errors: a mistyped reference would also show up as a difference between languages.
        boolean withoutErrors = !diagnostics.hasErrors();
        Workers.run("checking", project.reports().stream().<Callable<Void>>map(report -> () -> {
            MissingTranslations.check(project.root(), report, project.site().languages(), diagnostics);
            if (withoutErrors) FigureParity.check(report, project.site().languages(), diagnostics);
            TranslationStatus.warnOutdated(project, report, diagnostics);
            EmptyValues.check(report, project.site().languages().defaultLanguage().code(), diagnostics);
            LeftoverYears.check(project.root(), report, diagnostics);
            reports.languagesOf(report.id()).forEach(rendered -> Anchors.check(rendered, diagnostics));
            return null;
        }).toList());
    }
}
