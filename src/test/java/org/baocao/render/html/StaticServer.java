package org.baocao.render.html;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A built site served on 127.0.0.1 under a sub-path, as a web host would serve a copied output folder: folders
 * answer with their index.html, unknown addresses with 404.html.
 */
final class StaticServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css",
            "js", "text/javascript", "svg", "image/svg+xml", "ttf", "font/ttf", "pdf", "application/pdf",
            "xml", "application/xml", "txt", "text/plain; charset=utf-8", "png", "image/png", "jpg", "image/jpeg");

    private final HttpServer server;
    private final String prefix;

    StaticServer(Path root, String prefix) throws IOException {
        this.prefix = prefix;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(prefix, exchange -> {
            String relative = exchange.getRequestURI().getPath().substring(prefix.length());
            Path file = root.resolve(relative).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            int status = 200;
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                file = root.resolve("404.html");
                status = 404;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream"));
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    /** The address of a page, such as "vi/2020/" */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
