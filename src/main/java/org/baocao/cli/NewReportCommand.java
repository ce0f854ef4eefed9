package org.baocao.cli;

import org.baocao.source.Phrase;
import org.baocao.source.Message;
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

    @Parameters(paramLabel = "ID", descriptionKey = "id", description = "the new report's folder name: its year or term, e.g. 2021")
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
        Phrase files = Message.count(written.size(), Message.COUNT_FILE, Message.COUNT_FILES);
        out.println(from == null ? Message.LINE_REPORT_CREATED.format(id, files) : Message.LINE_REPORT_CREATED_FROM.format(id, from, files));
        out.println(Message.LINE_REPORT_NEXT.format());
        out.println(Message.LINE_REPORT_IS_DRAFT.format());
        return 0;
    }
}
