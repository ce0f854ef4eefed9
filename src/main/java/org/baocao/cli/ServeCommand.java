package org.baocao.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.baocao.serve.Preview;
import org.baocao.serve.Terminal;
import org.baocao.source.Message;
import org.baocao.source.Phrase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Preview the site in a browser, rebuilt and reloaded at every save.",
                "Serves a temporary copy: output/ is not changed. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    ProjectOption project;

    @Option(names = "--port", paramLabel = "N", description = "the port to serve on (default: ${DEFAULT-VALUE}; 0 takes any free port)")
    int port = 8000;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "the address to serve on (default: 127.0.0.1, this computer only); another address lets other computers see the preview")
    String bind = "127.0.0.1";

    @Option(names = "--no-pdf", description = "never make the PDFs while previewing")
    boolean noPdf;

    @Spec
    CommandSpec spec;

    /** The port is taken, or the address is not this machine's: two different fixes. */
    static Phrase bindHint(BindException e) {
        String reason = String.valueOf(e.getMessage());
        if (reason.contains("in use")) return Message.HINT_PORT_IN_USE.with();
        if (reason.contains("assign") || reason.contains("not available")) return Message.HINT_ADDRESS_NOT_OURS.with();
        return Message.HINT_BIND_FAILED.with(reason);
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port < 0 || port > 65535) throw CommandLineMistakes.mistake(spec, "port");
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw CommandLineMistakes.mistake(spec, "bind", bind);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Preview preview;
        try {
            preview = Preview.start(project.folder(), new InetSocketAddress(address, port), !noPdf, EarlyPipeline.take(),
                    new Terminal(project.folder(), address.isLoopbackAddress() ? null : bind, out, err));
        } catch (BindException e) {
            err.println(Message.LINE_SERVE_CANNOT_BIND.format(bind + ":" + port, bindHint(e)));
            err.flush();
            return Main.CONTENT_ERRORS;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread stop = new Thread(() -> {
            preview.close();
            out.println("stopped");
            out.flush();
            stopped.countDown();
        }, "baocao-serve-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        stopped.await();
        return 0;
    }
}
