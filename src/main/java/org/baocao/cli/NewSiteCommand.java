package org.baocao.cli;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.baocao.scaffold.NewSite;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Start a new project that builds at once: site.yaml, interface strings and one report in both languages.")
final class NewSiteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "the new project's folder; it must not exist or be empty")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Diagnostics diagnostics = new Diagnostics();
        Path target = folder.toAbsolutePath().normalize();
        // An annual report is written about the year that has just ended.
        List<String> written = NewSite.create(target, LocalDate.now().getYear() - 1, diagnostics);
        DiagnosticPrinter.print(diagnostics, false, spec.commandLine().getErr());
        if (written.isEmpty()) return Main.CONTENT_ERRORS;
        var out = spec.commandLine().getOut();
        out.println(Message.LINE_SITE_CREATED.format(target, Message.count(written.size(), Message.COUNT_FILE, Message.COUNT_FILES)));
        out.println(Message.LINE_SITE_NEXT.format(folder));
        return 0;
    }
}
