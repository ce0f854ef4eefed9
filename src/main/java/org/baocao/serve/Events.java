package org.baocao.serve;

import org.baocao.source.ToolLanguage;
import org.baocao.source.Message;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.baocao.source.Json;

/**
 * The open browser tabs, as server-sent event streams. A tab that has been closed is dropped at the next event.
 * The last problems are remembered so that a tab opened while the content has errors shows them at once.
 */
final class Events {
    private final List<OutputStream> clients = new CopyOnWriteArrayList<>();
    private volatile String problems;

    void connect(OutputStream client) {
        String current = problems;
        if (send(client, current == null ? "ok" : "problems", current == null ? "{}" : current)) clients.add(client);
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
        return clients.size();
    }

    void closeAll() {
        for (OutputStream client : clients) {
            try {
                client.close();
            } catch (IOException ignored) {
                // The tab is gone already.
            }
        }
        clients.clear();
    }

    private void broadcast(String event, String data) {
        for (OutputStream client : clients) {
            if (!send(client, event, data)) clients.remove(client);
        }
    }

    private static boolean send(OutputStream client, String event, String data) {
        try {
            synchronized (client) {
                client.write(("event: " + event + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8));
                client.flush();
            }
            return true;
        } catch (IOException e) {
            try {
                client.close();
            } catch (IOException ignored) {
                // Closed already.
            }
            return false;
        }
    }
}
