package org.baocao.cli;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baocao.scaffold.NewReport;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Start a report, e.g. next year's from this year's: the same sections with placeholder text,",
                "the data sets with their figures cleared. baocao check lists every placeholder still to write."})
final class NewReportCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Parameters(paramLabel = "ID", description = "the new report's folder name: its year or term, e.g. 2021")
    String id;

    @Option(names = "--from", paramLabel = "ID", description = "the report to start from, e.g. 2020")
    String from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        List<String> written = NewReport.create(project.folder(), id, Optional.ofNullable(from), diagnostics);
        DiagnosticPrinter.print(diagnostics, false, spec.commandLine().getErr());
        if (written.isEmpty()) return Main.CONTENT_ERRORS;
        var out = spec.commandLine().getOut();
        out.println("created report " + id + (from == null ? "" : " from " + from) + ": " + DiagnosticPrinter.plural(written.size(), "file"));
        out.println("next: write each section and fill in the data; baocao check lists what is left to do");
        out.println("it is a draft: baocao serve shows it, baocao build leaves it out until you remove draft: true from its report.yaml");
        return 0;
    }
}
