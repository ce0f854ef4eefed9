package org.baocao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves the preview: only files below the site folder, never a folder listing, with the media type browsers need;
 * every HTML page gets the small script that reloads it and shows the content's errors. The script is added here,
 * while serving, so no built file ever holds it.
 */
public final class SiteServer implements Closeable {
    static final String PREFIX = "/__baocao/";
    static final String EVENTS = PREFIX + "events";
    static final String SCRIPT = PREFIX + "reload.js";
    private static final byte[] SCRIPT_TAG = ("<script src=\"" + SCRIPT + "\" defer></script>\n").getBytes(StandardCharsets.UTF_8);

    private static final byte[] NO_SITE_YET = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>baocao</title></head>"
            + "<body><p>This page does not exist yet: the site is being built, or has errors. It reloads when the site is ready.</p></body></html>")
            .getBytes(StandardCharsets.UTF_8);

    private final Path root;
    private final Events events;
    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] script;

    SiteServer(Path root, InetSocketAddress address, Events events) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.events = events;
        this.script = resource("reload.js");
        this.server = HttpServer.create(address, 0);
        this.threads = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "baocao-serve-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
        server.start();
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String rawPath = exchange.getRequestURI().getRawPath();
            if (rawPath == null || !rawPath.startsWith("/")) {
                refuse(exchange, 400, "bad request");
            } else if (rawPath.equals(EVENTS)) {
                openEventStream(exchange);
            } else if (rawPath.equals(SCRIPT)) {
                send(exchange, 200, ContentTypes.of("reload.js"), script);
            } else {
                serveFile(exchange, rawPath);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
            throw e;
        }
    }

    private void serveFile(HttpExchange exchange, String rawPath) throws IOException {
        String path = SitePath.decode(rawPath);
        if (path == null) {
            refuse(exchange, 400, "bad request");
            return;
        }
        if (!SitePath.isSafe(path)) {
            refuse(exchange, 403, "forbidden");
            return;
        }
        Path file = root.resolve(path.substring(1)).normalize();
        if (!file.startsWith(root) || Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            refuse(exchange, 403, "forbidden");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                String query = exchange.getRequestURI().getRawQuery();
                exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
                send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            Path notFound = root.resolve("404.html");
            if (Files.isRegularFile(notFound)) {
                sendFile(exchange, 404, notFound);
            } else {
                // No good build yet: a page that can at least show the errors.
                send(exchange, 404, ContentTypes.of("404.html"), withScript(NO_SITE_YET));
            }
            return;
        }
        sendFile(exchange, 200, file);
    }

    private void sendFile(HttpExchange exchange, int status, Path file) throws IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            // Replaced by a rebuild between the check and the read.
            refuse(exchange, 404, "not found");
            return;
        }
        String type = ContentTypes.of(file.getFileName().toString());
        if (type.startsWith("text/html")) bytes = withScript(bytes);
        send(exchange, status, type, bytes);
    }

    /** The page with the reload script before its closing body tag. */
    static byte[] withScript(byte[] html) {
        String text = new String(html, StandardCharsets.ISO_8859_1);
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        if (at < 0) at = html.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream(html.length + SCRIPT_TAG.length);
        out.write(html, 0, at);
        out.writeBytes(SCRIPT_TAG);
        out.write(html, at, html.length - at);
        return out.toByteArray();
    }

    private void openEventStream(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
            return;
        }
        exchange.sendResponseHeaders(200, 0);
        // The exchange stays open after this handler returns: events are written to it until the tab goes away.
        events.connect(exchange.getResponseBody());
    }

    private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
        send(exchange, status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        if (exchange.getRequestMethod().equals("HEAD") || status == 301) {
            exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
            exchange.sendResponseHeaders(status, -1);
        } else {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SiteServer.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    /** Stops at once: the open event streams are closed first, so no tab keeps the server waiting. */
    @Override
    public void close() {
        events.closeAll();
        server.stop(0);
        threads.shutdownNow();
    }
}
