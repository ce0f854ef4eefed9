package org.baocao.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.baocao.render.SitePaths;

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

    /**
     * Seconds a client may take to send its request line and headers: a client that sends "GET / HTTP/1.1" and then
     * nothing ("slowloris") would otherwise hold one of the server's threads for good. Read by the JDK's server once,
     * when it is first used, so set before any is created.
     */
    static final int HEADER_TIMEOUT_SECONDS = 5;
    /** Requests served at once; beyond, a connection is refused until one ends. */
    static final int MAX_THREADS = 64;

    static {
        System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(HEADER_TIMEOUT_SECONDS));
        System.setProperty("sun.net.httpserver.idleInterval", "30");
    }

    private final Path root;
    /** The pages kept in memory, by path relative to root: looked up before the files below root. */
    private final Function<String, byte[]> pages;
    private final Events events;
    private final Set<String> allowedHosts;
    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] script;

    SiteServer(Path root, Function<String, byte[]> pages, InetSocketAddress address, Events events) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.pages = pages;
        this.events = events;
        this.script = resource("reload.js");
        this.server = HttpServer.create(address, 0);
        this.allowedHosts = allowedHosts(server.getAddress());
        // The JDK's server reads a request's headers on these threads: a few clients that send half a request must
        // not take them all until the header timeout closes them, so there are many, started only when needed.
        this.threads = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), runnable -> {
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
            if (!allowedHosts.contains(hostName(exchange.getRequestHeaders().getFirst("Host")))) {
                // A page of another site whose name was pointed at this machine (DNS rebinding) must not read the preview.
                refuse(exchange, 403, "forbidden: the preview answers only to localhost and its own address");
                return;
            }
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

    /**
     * The host names the preview answers to: the loopback names, the address it is bound to, and, when bound to every
     * interface (--bind 0.0.0.0), the addresses of this machine's interfaces.
     */
    private static Set<String> allowedHosts(InetSocketAddress bound) {
        Set<String> hosts = new HashSet<>(List.of("localhost", "127.0.0.1", "[::1]"));
        List<InetAddress> addresses = new ArrayList<>(List.of(bound.getAddress()));
        if (bound.getAddress().isAnyLocalAddress()) {
            try {
                for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                    addresses.addAll(Collections.list(network.getInetAddresses()));
                }
            } catch (SocketException e) {
                // Only the loopback names, then.
            }
        }
        for (InetAddress address : addresses) {
            String host = address.getHostAddress().replaceFirst("%.*$", "");
            hosts.add(host.contains(":") ? "[" + host + "]" : host);
        }
        return Set.copyOf(hosts);
    }

    /** The Host header without its port, lower case; "" when absent. */
    static String hostName(String header) {
        if (header == null) return "";
        String host = header.strip().toLowerCase(Locale.ROOT);
        int colon = host.lastIndexOf(':');
        if (colon >= 0 && host.indexOf(']') < colon) host = host.substring(0, colon);
        return host;
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
        String relative = path.substring(1);
        byte[] page = pages.apply(relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative);
        if (page != null) {
            send(exchange, 200, ContentTypes.of(SitePaths.file(relative)), withScriptIfHtml(relative, page));
            return;
        }
        if (!relative.isEmpty() && pages.apply(relative + "/index.html") != null) {
            redirectToFolder(exchange, rawPath);
            return;
        }
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root) || Files.exists(file) && !file.toRealPath().startsWith(root.toRealPath())) {
            refuse(exchange, 403, "forbidden");
            return;
        }
        if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                redirectToFolder(exchange, rawPath);
                return;
            }
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            byte[] notFound = pages.apply("404.html");
            if (notFound != null) {
                send(exchange, 404, ContentTypes.of("404.html"), withScript(notFound));
            } else {
                // No good build yet: a page that can at least show the errors.
                send(exchange, 404, ContentTypes.of("404.html"), withScript(NO_SITE_YET));
            }
            return;
        }
        sendFile(exchange, 200, file);
    }

    private static void redirectToFolder(HttpExchange exchange, String rawPath) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        exchange.getResponseHeaders().set("Location", rawPath + "/" + (query == null ? "" : "?" + query));
        send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
    }

    private static byte[] withScriptIfHtml(String path, byte[] bytes) {
        return ContentTypes.of(SitePaths.file(path)).startsWith("text/html") ? withScript(bytes) : bytes;
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
        if (status == 200) {
            // The browser asks again at every load (no-cache) but downloads only what changed: a reload after a save
            // fetched the fonts, styles and images anew under no-store, a few hundred milliseconds of the preview.
            String tag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "-" + Integer.toHexString(body.length) + "\"";
            exchange.getResponseHeaders().set("Cache-Control", "no-cache");
            exchange.getResponseHeaders().set("ETag", tag);
            if (tag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                exchange.sendResponseHeaders(304, -1);
                exchange.close();
                return;
            }
        }
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
