package org.baocao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = "Start a new report or a new project.",
        subcommands = {NewReportCommand.class, NewSiteCommand.class})
final class NewCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw CommandLineMistakes.mistake(spec, "newWhat");
    }
}
