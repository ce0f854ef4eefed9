package org.baocao.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ResourceBundle;
import org.baocao.source.ToolLanguage;
import org.baocao.source.Diagnostics;
import org.baocao.source.Message;
import org.baocao.source.SourcePosition;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The baocao command. Exit status: 0 success, 1 the content has errors, 2 the command line is wrong. */
@Command(name = "baocao", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a bilingual annual report (website and print PDFs) from YAML and Markdown.")
public final class Main implements Runnable {
    public static final int CONTENT_ERRORS = 1;

    /** The commands by name, in the order the help lists them. */
    private static final Map<String, Class<?>> COMMANDS = commands(BuildCommand.class, CheckCommand.class,
            TranslationsCommand.class, ServeCommand.class, NewCommand.class, BenchCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.quiet();
        EarlyPipeline.startFor(args);
        // UTF-8 whatever the platform's encoding (Windows' Cp1252 would print "H?p t?c"), as JSON requires too.
        CommandLine cli = commandLine(ToolLanguage.current(), args);
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
        return commandLine(language, new String[0]);
    }

    /**
     * The command line that runs {@code args}: with only the command it names, when it names one (other than help),
     * since picocli's model of every command and option took a tenth of a small build's time; else with all of them,
     * for the help and for "did you mean" on a mistyped name.
     */
    static CommandLine commandLine(ToolLanguage language, String[] args) {
        CommandLine cli = new CommandLine(new Main());
        Class<?> named = args.length > 0 && !args[0].equals("help") ? COMMANDS.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named);
        } else {
            COMMANDS.values().forEach(cli::addSubcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        ResourceBundle texts = ResourceBundle.getBundle("org.baocao.cli.Help", language.locale(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        cli.setResourceBundle(texts);
        cli.setParameterExceptionHandler(new CommandLineMistakes(texts));
        return cli;
    }

    private static Map<String, Class<?>> commands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> command : classes) byName.put(command.getAnnotation(Command.class).name(), command);
        return Collections.unmodifiableMap(byName);
    }

    @Override
    public void run() {
        throw CommandLineMistakes.mistake(spec, "noCommand");
    }
}
