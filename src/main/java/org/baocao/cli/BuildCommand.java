package org.baocao.cli;

import java.util.Locale;
import org.baocao.source.Phrase;
import org.baocao.source.Message;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.baocao.build.BuildOptions;
import org.baocao.build.BuildResult;
import org.baocao.build.LeftOutDraft;
import org.baocao.build.Progress;
import org.baocao.source.Diagnostics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build the website and the PDFs into output/.")
final class BuildCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--out", paramLabel = "DIR", description = "where to write the site (default: output/ in the project)")
    Path out;

    @Option(names = "--no-pdf", description = "skip the PDFs")
    boolean noPdf;

    @Option(names = "--strict", description = "treat warnings as errors")
    boolean strict;

    @Option(names = "--drafts", description = "include the reports marked draft: true (left out by default)")
    boolean drafts;

    @Option(names = {"-q", "--quiet"}, descriptionKey = "quiet", description = "print nothing but the problems found: no progress, no summary")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path folder = project.folder();
        Path output = out == null ? folder.resolve("output") : out.toAbsolutePath().normalize();
        Diagnostics diagnostics = new Diagnostics();
        Progress progress = BuildProgress.choose(quiet, System.console() != null, spec.commandLine().getErr());
        BuildResult result = EarlyPipeline.take().build(new BuildOptions(folder, output, !noPdf, strict, drafts), diagnostics, progress);
        if (progress instanceof BuildProgress shown) shown.finish();
        DiagnosticPrinter.print(diagnostics, strict, spec.commandLine().getErr());
        if (!quiet) for (LeftOutDraft draft : result.leftOut()) spec.commandLine().getOut().println(leftOut(draft));
        if (!result.succeeded()) {
            spec.commandLine().getErr().println(Message.LINE_BUILD_FAILED.format(output));
            return Main.CONTENT_ERRORS;
        }
        if (quiet) return 0;
        Phrase pages = Message.count(result.pages(), Message.COUNT_PAGE, Message.COUNT_PAGES);
        Phrase pdfs = Message.count(result.pdfs().size(), Message.COUNT_PDF, Message.COUNT_PDFS);
        Phrase built = result.printShopPdfs().isEmpty() ? Message.LINE_TWO_THINGS.with(pages, pdfs)
                : Message.LINE_THREE_THINGS.with(pages, pdfs, Message.count(result.printShopPdfs().size(), Message.COUNT_PRINT_SHOP_PDF, Message.COUNT_PRINT_SHOP_PDFS));
        spec.commandLine().getOut().println(Message.LINE_BUILT.format(built, output, String.format(Locale.ROOT, "%.1f", result.millis() / 1000.0)));
        // A PDF the same as before need not be sent to the printer or uploaded again.
        if (!result.copiedPdfs().isEmpty()) {
            spec.commandLine().getOut().println(Message.LINE_PDFS_COPIED.format(
                    Message.count(result.copiedPdfs().size(), Message.COUNT_PDF, Message.COUNT_PDFS)));
        }
        // Linked from no page, so say where they are: these are the files to send to the printer.
        for (String pdf : result.printShopPdfs()) spec.commandLine().getOut().println(Message.LINE_FOR_THE_PRINT_SHOP.format(output.resolve(pdf)));
        return 0;
    }

    /** One line per draft: a report missing from the site should never be a surprise. */
    static String leftOut(LeftOutDraft draft) {
        String line = Message.LINE_LEFT_OUT_DRAFT.format(draft.id(), draft.reportFile());
        if (draft.errors() + draft.warnings() == 0) return line;
        Phrase problems = draft.errors() == 0 ? Message.count(draft.warnings(), Message.COUNT_WARNING, Message.COUNT_WARNINGS)
                : DiagnosticPrinter.counts(draft.errors(), draft.warnings());
        return Message.LINE_DRAFT_PROBLEMS.format(line, problems);
    }
}
