package org.baocao.cli;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
