package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.CleaningOptions;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An upload far over the limit gets the 413 page naming the limit, readable by the client that sent it: the
 * server reads the body to its end before answering (a client still sending when the server closes sees
 * "connection reset", not the page).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UploadLimitTest {
    static final long LIMIT = 3000;
    /** Far over the limit and over any socket buffer: 24 MB. */
    static final int BIG = 24 * 1024 * 1024;

    private Javalin app;

    @BeforeEach
    void start() {
        app = WebApp.create(
                        new ServedModel(new ModelService(TestModels.small())),
                        AllowedHosts.loopback(),
                        new UploadSettings(
                                true, LIMIT, null, CleaningOptions.DEFAULT, UploadPageTest.OPTIONS, null, "test"))
                .start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
    }

    @Test
    void anHttpClientStreamingABodyFarOverTheLimitGetsThe413Page() {
        String boundary = "----spectrum-limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Http.Answer a = Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(() -> body(head)), head.length + BIG))
                .build());
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.body())
                .contains("id=\"upload-error\"")
                .contains("larger than the upload limit, 3000 bytes")
                .contains("type=\"file\"");
    }

    @Test
    void aChunkedBodyFarOverTheLimitGetsThe413PageToo() {
        String boundary = "----spectrum-limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"huge.csv\""
                        + "\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Http.Answer a = Http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(head))) // no length: chunked
                .build());
        assertThat(a.status()).as(a.body()).isEqualTo(413);
        assertThat(a.body()).contains("id=\"upload-error\"").contains("larger than the upload limit, 3000 bytes");
    }

    @Test
    void aRawClientThatSendsAllOfAHugeBodyReadsThe413AnswerAndTheConnectionStaysUsable() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(20_000);
            OutputStream out = s.getOutputStream();
            String request = "POST /upload HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + BIG + "\r\n\r\n";
            CompletableFuture<IOException> sent = CompletableFuture.supplyAsync(() -> {
                try {
                    out.write(request.getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[64 * 1024];
                    for (int n = 0; n < BIG; n += chunk.length) {
                        out.write(chunk, 0, Math.min(chunk.length, BIG - n));
                    }
                    out.flush();
                    return null;
                } catch (IOException e) {
                    return e;
                }
            });
            assertThat(sent.get(30, TimeUnit.SECONDS))
                    .as("the server read the whole body (no reset while sending)")
                    .isNull();
            String answer = readAnswer(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than the upload limit, 3000 bytes");
            assertThat(answer.toLowerCase(java.util.Locale.ROOT)).doesNotContain("connection: close");

            out.write("GET /api/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            assertThat(readAnswer(s.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    @Test
    void aClientThatAsksBeforeSendingGetsThe413WithoutBeingToldToContinue() throws Exception {
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            s.setSoTimeout(20_000);
            s.getOutputStream()
                    .write(("POST /upload HTTP/1.1\r\nHost: localhost\r\nExpect: 100-continue\r\n"
                                    + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + BIG
                                    + "\r\n\r\n")
                            .getBytes(StandardCharsets.ISO_8859_1));
            String answer = readAnswer(s.getInputStream()); // nothing of the body sent
            assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than the upload limit, 3000 bytes");
        }
    }

    /** The multipart head, then {@link #BIG} bytes of one CSV line after another. */
    private static InputStream body(byte[] head) {
        return new InputStream() {
            private long at;
            private final byte[] line = "1,A,B,1,1/1/2011 10:00,1.0,1,UK\n".getBytes(StandardCharsets.US_ASCII);

            @Override
            public int read() {
                long total = head.length + (long) BIG;
                if (at >= total) {
                    return -1;
                }
                long i = at++;
                return i < head.length ? head[(int) i] : line[(int) ((i - head.length) % line.length)];
            }

            @Override
            public int read(byte[] b, int off, int len) {
                int n = 0;
                for (int c; n < len && (c = read()) >= 0; n++) {
                    b[off + n] = (byte) c;
                }
                return n == 0 && len > 0 ? -1 : n;
            }
        };
    }

    /** One HTTP answer with a Content-Length or a chunked body, read up to its end (not to the socket's close). */
    private static String readAnswer(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                throw new IOException("the connection closed in the answer's head: " + head);
            }
            head.write(c);
        }
        String h = head.toString(StandardCharsets.ISO_8859_1);
        String lower = h.toLowerCase(java.util.Locale.ROOT);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (lower.contains("transfer-encoding: chunked")) {
            for (int size; (size = Integer.parseInt(line(in).trim(), 16)) > 0; ) {
                body.write(in.readNBytes(size));
                line(in);
            }
            line(in);
        } else {
            int at = lower.indexOf("content-length:");
            int len =
                    Integer.parseInt(h.substring(at + 15, h.indexOf("\r\n", at)).trim());
            body.write(in.readNBytes(len));
        }
        return h + body.toString(StandardCharsets.UTF_8);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder b = new StringBuilder();
        for (int c; (c = in.read()) >= 0 && c != '\n'; ) {
            b.append((char) c);
        }
        return b.toString();
    }
}
