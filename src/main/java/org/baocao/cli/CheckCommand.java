package org.baocao.cli;

import java.util.concurrent.Callable;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check everything a build checks, without writing anything.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Diagnostics diagnostics = new Diagnostics();
        new Pipeline().load(project.folder(), diagnostics);
        DiagnosticPrinter.print(diagnostics, strict, spec.commandLine().getErr());
        boolean failed = diagnostics.hasErrors() || strict && diagnostics.count(org.baocao.source.Severity.WARNING) > 0;
        if (!failed) spec.commandLine().getOut().println("no errors found");
        return failed ? Main.CONTENT_ERRORS : 0;
    }
}
