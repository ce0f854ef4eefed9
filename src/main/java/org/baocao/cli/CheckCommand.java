package org.baocao.cli;

import org.baocao.source.Message;
import java.util.concurrent.Callable;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check everything a build checks, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    enum Format { TEXT, JSON }

    @Mixin
    ProjectOption project;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default) or json, for editors and CI")
    Format format = Format.TEXT;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        EarlyPipeline.take().load(project.folder(), diagnostics);
        boolean failed = diagnostics.failed(strict);
        if (format == Format.JSON) {
            spec.commandLine().getOut().println(DiagnosticPrinter.json(diagnostics, strict));
            spec.commandLine().getOut().flush();
        } else {
            DiagnosticPrinter.print(diagnostics, strict, spec.commandLine().getErr());
            if (!failed) spec.commandLine().getOut().println(Message.LINE_NO_ERRORS.format());
        }
        return failed ? Main.CONTENT_ERRORS : 0;
    }
}
