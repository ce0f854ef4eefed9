package org.baocao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ResourceBundle;
import org.baocao.source.ToolLanguage;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The baocao command. Exit status: 0 success, 1 the content has errors, 2 the command line is wrong. */
@Command(name = "baocao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a bilingual annual report (website and print PDFs) from YAML and Markdown.",
        subcommands = {BuildCommand.class, CheckCommand.class, TranslationsCommand.class, ServeCommand.class,
                NewCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.quiet();
        EarlyPipeline.startFor(args);
        // UTF-8 whatever the platform's encoding (Windows' Cp1252 would print "H?p t?c"), as JSON requires too.
        CommandLine cli = commandLine();
        cli.setOut(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true));
        cli.setErr(new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true));
        int status;
        try {
            status = cli.execute(args);
        } catch (OutOfMemoryError e) {
            status = outOfMemory(cli.getErr());
        }
        System.exit(status);
    }

    /** The heap the build filled is free again once its work has unwound to here: enough to say so plainly. */
    static int outOfMemory(PrintWriter err) {
        Diagnostics said = new Diagnostics();
        said.error(SourcePosition.wholeFile("content"), Message.OUT_OF_MEMORY, Runtime.getRuntime().maxMemory() / (1024 * 1024));
        DiagnosticPrinter.print(said, false, err);
        return CONTENT_ERRORS;
    }

    public static CommandLine commandLine() {
        return commandLine(ToolLanguage.current());
    }

    /** The help in {@code language}: the annotations' English, or Help_vi.properties. */
    static CommandLine commandLine(ToolLanguage language) {
        CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
        cli.setResourceBundle(ResourceBundle.getBundle("org.baocao.cli.Help", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        return cli;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. baocao build");
    }
}
