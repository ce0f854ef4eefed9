package org.baocao.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.baocao.build.Pipeline;
import org.baocao.source.Diagnostics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The preview cannot be read by another site, stalled by a client, or stopped by a rebuild that crashes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeHardeningTest {
    private Preview preview;
    private int port;

    @BeforeAll
    void start(@TempDir Path folder) throws Exception {
        Path project = SenVangProject.write(folder);
        preview = Preview.start(project, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), false, new PreviewTest.QuietListener());
        port = preview.address().getPort();
    }

    @AfterAll
    void stop() {
        if (preview != null) preview.close();
    }

    /** The status line of a request sent as raw bytes, the way a browser after DNS rebinding would send it. */
    private String statusLine(String path, String host) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return firstLine(socket.getInputStream());
        }
    }

    private static String firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\r'; b = in.read()) line.write(b);
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Test
    void answersOnlyToLocalHostNames() throws IOException {
        assertEquals("HTTP/1.1 200 OK", statusLine("/", "localhost:" + port));
        assertEquals("HTTP/1.1 200 OK", statusLine("/", "127.0.0.1:" + port));
        assertEquals("HTTP/1.1 200 OK", statusLine("/", "[::1]:" + port));
        assertEquals("HTTP/1.1 200 OK", statusLine("/", "LOCALHOST"));
        assertEquals("HTTP/1.1 403 Forbidden", statusLine("/", "attacker.example:" + port));
        assertEquals("HTTP/1.1 403 Forbidden", statusLine("/__baocao/events", "attacker.example"));
        assertEquals("HTTP/1.1 403 Forbidden", statusLine("/", "localhost.attacker.example"));
        assertEquals("HTTP/1.1 403 Forbidden", statusLine("/", "127.0.0.1.nip.io:" + port));
    }

    @Test
    void aFileTheBrowserHasIsNotSentAgain() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        for (String path : java.util.List.of("/", "/assets/site.css", "/assets/fonts/LiberationSans-Regular.ttf")) {
            java.net.URI uri = java.net.URI.create("http://localhost:" + port + path);
            java.net.http.HttpResponse<byte[]> first = client.send(java.net.http.HttpRequest.newBuilder(uri).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, first.statusCode(), path);
            assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow(), path);
            String tag = first.headers().firstValue("ETag").orElseThrow();
            java.net.http.HttpResponse<byte[]> again = client.send(java.net.http.HttpRequest.newBuilder(uri).header("If-None-Match", tag).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(304, again.statusCode(), path);
            assertEquals(0, again.body().length, path);
            java.net.http.HttpResponse<byte[]> other = client.send(java.net.http.HttpRequest.newBuilder(uri).header("If-None-Match", "\"0-0\"").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, other.statusCode(), "a changed file is sent: " + path);
        }
    }

    @Test
    void hostNamesLoseTheirPort() {
        assertEquals("[::1]", SiteServer.hostName("[::1]:8080"));
        assertEquals("[::1]", SiteServer.hostName("[::1]"));
        assertEquals("localhost", SiteServer.hostName("LocalHost:1"));
        assertEquals("", SiteServer.hostName(null));
    }

    @Test
    void clientsThatSendHalfARequestCannotStallTheServer() throws IOException {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream().write("GET / HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
                slow.add(socket);
            }
            long start = System.nanoTime();
            assertEquals("HTTP/1.1 200 OK", statusLine("/", "localhost:" + port));
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds <= SiteServer.HEADER_TIMEOUT_SECONDS + 10, "answered only after " + seconds + " s");
            Socket first = slow.get(0);
            first.setSoTimeout(20_000);
            int read;
            try {
                read = first.getInputStream().read();
            } catch (SocketTimeoutException e) {
                read = -2;
            } catch (IOException e) {
                read = -1; // reset by the server: closed too
            }
            assertEquals(-1, read, "the server closes a request that never ends");
        } finally {
            for (Socket socket : slow) socket.close();
        }
    }

    @Test
    void aTabThatNeverReadsNeitherBlocksEventsNorStaysConnected() {
        Events events = new Events();
        CountDownLatch never = new CountDownLatch(1);
        OutputStream stuck = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                try {
                    never.await();
                } catch (InterruptedException e) {
                    throw new IOException("interrupted");
                }
            }
        };
        events.connect(stuck);
        long start = System.nanoTime();
        for (int i = 0; i < Events.QUEUE * 4; i++) events.reload(List.of("vi/2020/tong-quan/index.html"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "sending events took " + millis + " ms");
        assertEquals(0, events.clientCount(), "the stuck tab is dropped");

        ByteArrayOutputStream reading = new ByteArrayOutputStream();
        events.connect(reading);
        events.reload(List.of("vi/2020/tong-quan/index.html"));
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!reading.toString(StandardCharsets.UTF_8).contains("event: reload") && System.nanoTime() < deadline) Thread.onSpinWait();
        assertTrue(reading.toString(StandardCharsets.UTF_8).contains("event: reload\ndata: [\"vi/2020/tong-quan/index.html\"]"), reading.toString(StandardCharsets.UTF_8));
        assertEquals(1, events.clientCount(), "a tab that reads stays");
        events.closeAll();
    }

    @Test
    void aRebuildThatCrashesIsShownAndTheNextOneWorks(@TempDir Path work) throws IOException {
        Path project = SenVangProject.write(work.resolve("project"));
        Events events = new Events();
        ByteArrayOutputStream tab = new ByteArrayOutputStream();
        LiveSite site = new LiveSite(project, work.resolve("work"), new Pipeline(), false, events, new LiveSite.Listener() {
            @Override
            public void pdfWritten(String path, long millis) {}

            @Override
            public void pdfFailed(String path, Diagnostics diagnostics) {}
        });
        try {
            events.connect(tab);
            List<Path> exploding = new AbstractList<>() {
                @Override
                public Path get(int index) {
                    throw new StackOverflowError();
                }

                @Override
                public int size() {
                    return 1;
                }
            };
            LiveSite.Rebuild crashed = site.rebuild(exploding).orElseThrow();
            assertFalse(crashed.succeeded());
            assertEquals("content:1:1: error: the preview could not rebuild: java.lang.StackOverflowError",
                    crashed.diagnostics().sorted().get(0).headline());
            assertTrue(site.rebuild(List.of(project.resolve(SenVangProject.VI_SECTION))).orElseThrow().succeeded());
        } finally {
            site.close();
            events.closeAll();
        }
    }
}
