package org.baocao.cli;

import java.io.PrintWriter;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * A mistake on the command line said in the tool's language, then the command's help (or "did you mean"), exit
 * status 2. picocli words its messages in English only; they are said again here from what its exceptions hold, with
 * the texts of the help's bundle ({@code mistake.*} in Help.properties and Help_vi.properties).
 */
final class CommandLineMistakes implements CommandLine.IParameterExceptionHandler {
    private final ResourceBundle texts;
    private final Locale locale;

    CommandLineMistakes(ResourceBundle texts) {
        this.texts = texts;
        this.locale = texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
    }

    /** One of baocao's own mistakes ({@code mistake.<key>} of the command's bundle), to throw from a command. */
    static ParameterException mistake(CommandLine.Model.CommandSpec spec, String key, Object... arguments) {
        return new ParameterException(spec.commandLine(), say(spec.commandLine().getResourceBundle(), key, arguments));
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println(cli.getColorScheme().errorText(describe(ex)));
        List<String> suggestions = ex instanceof CommandLine.UnmatchedArgumentException unmatched ? unmatched.getSuggestions() : List.of();
        if (suggestions.isEmpty()) {
            cli.usage(err, cli.getColorScheme());
        } else {
            boolean option = ((CommandLine.UnmatchedArgumentException) ex).isUnknownOption();
            // As picocli words them: options alone, commands with the command they belong to ("baocao build").
            String command = cli.getCommandSpec().qualifiedName() + " ";
            err.println(option ? say("possibleSolutions", String.join(", ", suggestions))
                    : say("didYouMean", suggestions.stream().map(command::concat).collect(Collectors.joining(" " + say("or") + " "))));
        }
        err.flush();
        return cli.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** picocli's English message, or the same said in Vietnamese from what the exception holds. */
    String describe(ParameterException ex) {
        if (locale.getLanguage().equals("en")) return ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String quoted = unmatched.getUnmatched().stream().map(arg -> "'" + arg + "'").collect(Collectors.joining(", "));
            return say(unmatched.isUnknownOption() ? "unknownOption" : "unmatchedArgument", quoted);
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            if (String.valueOf(ex.getMessage()).startsWith("Missing required parameter for")) {
                ArgSpec option = missing.getMissing().get(0);
                return say("valueMissing", name(option), option.paramLabel());
            }
            return say("required", missing.getMissing().stream().map(CommandLineMistakes::name).collect(Collectors.joining(", ")));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return say("onlyOnce", name(overwritten.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null && String.valueOf(ex.getMessage()).startsWith("Invalid value for")) {
            Iterable<String> candidates = ex.getArgSpec().completionCandidates();
            return candidates == null
                    ? say("invalidValue", ex.getValue(), name(ex.getArgSpec()))
                    : say("invalidChoice", ex.getValue(), name(ex.getArgSpec()),
                            StreamSupport.stream(candidates.spliterator(), false).map(c -> c.toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
        }
        // baocao's own mistakes are worded in the tool's language already; picocli's rarer ones stay in English.
        return ex.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    private String say(String key, Object... arguments) {
        return say(texts, key, arguments);
    }

    private static String say(ResourceBundle texts, String key, Object... arguments) {
        try {
            String pattern = texts.getString("mistake." + key);
            return new MessageFormat(pattern.replace("'", "''"), texts.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("Help.properties has no mistake." + key, e);
        }
    }
}
