package org.baocao.serve;

import org.baocao.source.ToolLanguage;
import org.baocao.source.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baocao.source.Json;

/**
 * The open browser tabs, as server-sent event streams. Each tab has its own queue and writer thread, so a tab that
 * does not read (a slow or hostile client) never holds up a rebuild: when its queue is full it is dropped. A tab that
 * has been closed is dropped at the next event. The last problems are remembered so that a tab opened while the
 * content has errors shows them at once.
 */
final class Events {
    /** Events a tab may fall behind by before it is dropped; a reading tab is never more than one or two behind. */
    static final int QUEUE = 32;

    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private volatile String problems;

    void connect(OutputStream stream) {
        String current = problems;
        Client client = new Client(stream);
        clients.add(client);
        if (!client.offer(message(current == null ? "ok" : "problems", current == null ? "{}" : current))) drop(client);
    }

    /** Pages and files that changed, as paths relative to the site root: tabs showing one of them reload. */
    void reload(List<String> changedPaths) {
        broadcast("reload", array(changedPaths));
    }

    private static String array(List<String> texts) {
        StringBuilder json = new StringBuilder("[");
        for (String text : texts) {
            if (json.length() > 1) json.append(',');
            json.append(Json.string(text));
        }
        return json.append(']').toString();
    }

    /**
     * The build failed: every tab shows its problems over the last good page, each as the terminal prints it; the
     * errors first, since they are what stopped the build.
     */
    void problems(List<String> errors, List<String> warnings) {
        // The overlay's own words come with the problems, in the language baocao speaks.
        String title = Message.OVERLAY_TITLE.format(Message.count(errors.size(), Message.COUNT_ERROR, Message.COUNT_ERRORS));
        String folded = Message.count(warnings.size(), Message.COUNT_WARNING, Message.COUNT_WARNINGS).in(ToolLanguage.current());
        problems = "{\"errors\":" + array(errors) + ",\"warnings\":" + array(warnings)
                + ",\"title\":" + Json.string(title) + ",\"warningsTitle\":" + Json.string(folded) + "}";
        broadcast("problems", problems);
    }

    void ok() {
        boolean hadProblems = problems != null;
        problems = null;
        if (hadProblems) broadcast("ok", "{}");
    }

    int clientCount() {
        return (int) clients.stream().filter(Client::open).count();
    }

    void closeAll() {
        clients.forEach(this::drop);
    }

    private void broadcast(String event, String data) {
        byte[] message = message(event, data);
        for (Client client : clients) {
            if (!client.offer(message)) drop(client);
        }
    }

    private void drop(Client client) {
        clients.remove(client);
        client.close();
    }

    private static byte[] message(String event, String data) {
        return ("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    /** One tab: its events wait in a bounded queue that its own thread writes out. */
    private final class Client {
        private final OutputStream stream;
        private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(QUEUE);
        private final Thread writer;
        private volatile boolean open = true;

        Client(OutputStream stream) {
            this.stream = stream;
            this.writer = new Thread(this::write, "baocao-serve-events");
            writer.setDaemon(true);
            writer.start();
        }

        boolean open() {
            return open;
        }

        /** False when the tab is gone or too far behind. */
        boolean offer(byte[] message) {
            return open && queue.offer(message);
        }

        private void write() {
            try {
                while (open) {
                    byte[] message = queue.take();
                    stream.write(message);
                    stream.flush();
                }
            } catch (IOException | InterruptedException e) {
                // The tab went away, or it was dropped (an interrupt also ends a write blocked on a tab that does not read).
            } finally {
                open = false;
                clients.remove(this);
                try {
                    stream.close();
                } catch (IOException ignored) {
                    // Closed already.
                }
            }
        }

        /** Ends the tab's thread, which closes its stream: closing it here could block on a tab that does not read. */
        void close() {
            open = false;
            writer.interrupt();
        }
    }
}
