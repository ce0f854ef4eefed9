package org.baocao.cli;

import org.baocao.source.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.baocao.scaffold.NewSite;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = "Start a new project that builds at once: site.yaml, interface strings and one report in both languages.")
final class NewSiteCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", descriptionKey = "dir", description = "the new project's folder; it must not exist or be empty")
    Path folder;

    @Option(names = "--ci", paramLabel = "SERVICE", descriptionKey = "ci",
            description = "also write a workflow that builds the site and publishes it to Pages: github or gitlab (docs/website.md)")
    NewSite.Ci ci;

    @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "base-url",
            description = "the address the site will be published at, e.g. https://example.github.io/bao-cao/ (site.yaml's base_url)")
    String baseUrl;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        if (baseUrl != null && !baseUrl.matches("https?://[^\\s]+/")) {
            throw CommandLineMistakes.mistake(spec, "baseUrl");
        }
        Diagnostics diagnostics = new Diagnostics();
        Path target = folder.toAbsolutePath().normalize();
        // An annual report is written about the year that has just ended.
        List<String> written = NewSite.create(target, LocalDate.now().getYear() - 1, Optional.ofNullable(ci),
                Optional.ofNullable(baseUrl), diagnostics);
        DiagnosticPrinter.print(diagnostics, false, spec.commandLine().getErr());
        if (written.isEmpty()) return Main.CONTENT_ERRORS;
        var out = spec.commandLine().getOut();
        out.println(Message.LINE_SITE_CREATED.format(target, Message.count(written.size(), Message.COUNT_FILE, Message.COUNT_FILES)));
        out.println(Message.LINE_SITE_NEXT.format(folder));
        return 0;
    }
}
