package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.baocao.source.ToolLanguage;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Every text of the help has a Vietnamese translation (Help_vi.properties); English comes from the annotations. */
class HelpTest {

    @Test
    void everyDescriptionIsTranslated() {
        List<String> english = texts(Main.commandLine(ToolLanguage.EN), "");
        List<String> vietnamese = texts(Main.commandLine(ToolLanguage.VI), "");
        assertTrue(english.size() > 30, "the help's texts were found: " + english.size());
        for (int i = 0; i < english.size(); i++) {
            assertNotEquals(english.get(i), vietnamese.get(i), "no Vietnamese for this text of the help");
        }
    }

    @Test
    void theVietnameseHelpReadsVietnamese() {
        String usage = Main.commandLine(ToolLanguage.VI).getSubcommands().get("build").getUsageMessage();
        assertTrue(usage.contains("Tạo trang web và các tệp PDF vào thư mục output/."), usage);
        assertTrue(usage.contains("thư mục dự án (mặc định: thư mục hiện tại)"), usage);
    }

    @Test
    void aCommandNamedOnTheCommandLineIsTheOnlyOneMadeWithTheSameHelp() {
        for (ToolLanguage language : ToolLanguage.values()) {
            CommandLine all = Main.commandLine(language);
            for (String name : List.of("build", "check", "translations", "serve", "new", "bench")) {
                CommandLine one = Main.commandLine(language, new String[] {name, "--quiet"});
                assertEquals(List.of(name), List.copyOf(one.getSubcommands().keySet()));
                assertEquals(all.getSubcommands().get(name).getUsageMessage(), one.getSubcommands().get(name).getUsageMessage(),
                        name + " in " + language);
                assertEquals(texts(all.getSubcommands().get(name), ""), texts(one.getSubcommands().get(name), ""));
            }
        }
    }

    @Test
    void aMistypedOrMissingCommandGetsAllOfThem() {
        assertEquals(all(), Main.commandLine(ToolLanguage.EN, new String[] {"biuld"}).getSubcommands().keySet());
        assertEquals(all(), Main.commandLine(ToolLanguage.EN, new String[] {"help", "build"}).getSubcommands().keySet());
        assertEquals(all(), Main.commandLine(ToolLanguage.EN, new String[] {"--help"}).getSubcommands().keySet());
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(ToolLanguage.EN, new String[] {"biuld"});
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("biuld"));
        assertTrue(err.toString().contains("Did you mean: baocao build"), err.toString());
    }

    private static Set<String> all() {
        return Set.of("build", "check", "translations", "serve", "new", "bench", "help");
    }

    /** "command: text" for the description of each command, option and parameter, in a fixed order. */
    private static List<String> texts(CommandLine cli, String path) {
        String name = path + cli.getCommandName();
        List<String> found = new ArrayList<>();
        found.add(name + ": " + String.join(" ", cli.getCommandSpec().usageMessage().description()));
        List<ArgSpec> args = new ArrayList<>(cli.getCommandSpec().options());
        args.addAll(cli.getCommandSpec().positionalParameters());
        for (ArgSpec arg : args) {
            found.add(name + " " + arg.paramLabel() + ": " + String.join(" ", Arrays.asList(arg.description())));
        }
        cli.getSubcommands().values().forEach(sub -> found.addAll(texts(sub, name + " ")));
        return found;
    }
}
