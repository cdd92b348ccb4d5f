package dev.ixls.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A JSON-RPC client that speaks the wire format itself, for what an LSP4J client cannot do: send
 * malformed JSON, cancel by hand, and check that a stream carries nothing but protocol frames.
 * Every frame the server sends must parse, or {@link #failure} says why.
 */
final class RawClient implements AutoCloseable {

    static final long TIMEOUT_SECONDS = 20;

    private final OutputStream out;
    private final LinkedBlockingQueue<JsonObject> received = new LinkedBlockingQueue<>();
    private final List<JsonObject> seen = new ArrayList<>();
    private final Thread reader;
    volatile String failure;

    RawClient(InputStream fromServer, OutputStream toServer) {
        this.out = toServer;
        this.reader = new Thread(() -> read(fromServer), "raw-client-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                String line;
                while (!(line = readLine(in)).isEmpty()) {
                    if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                        length = Integer.parseInt(line.substring(15).trim());
                    } else if (!line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                        failure = "not a protocol header: " + line;
                        return;
                    }
                }
                if (length < 0) {
                    failure = "a frame without Content-Length";
                    return;
                }
                byte[] body = in.readNBytes(length);
                if (body.length < length) {
                    return;
                }
                JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
                received.add(json.getAsJsonObject());
            }
        } catch (EndOfStream e) {
            // The server closed its output.
        } catch (IOException | RuntimeException e) {
            failure = "unreadable output: " + e;
        }
    }

    private static final class EndOfStream extends IOException {
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (true) {
            int b = in.read();
            if (b < 0) {
                throw new EndOfStream();
            }
            if (b == '\n') {
                String s = line.toString(StandardCharsets.US_ASCII);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            line.write(b);
        }
    }

    synchronized void sendRaw(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    /** Bytes as they are, for frames that are wrong on purpose. */
    synchronized void sendBytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void request(Object id, String method, String paramsJson) throws IOException {
        sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + (id instanceof String ? "\"" + id + "\"" : id) + ",\"method\":\"" + method
                + "\"" + (paramsJson == null ? "" : ",\"params\":" + paramsJson) + "}");
    }

    void notify(String method, String paramsJson) throws IOException {
        sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\"" + (paramsJson == null ? "" : ",\"params\":"
                + paramsJson) + "}");
    }

    void respond(JsonElement id, String resultJson) throws IOException {
        sendRaw("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":" + resultJson + "}");
    }

    /** The next message (in arrival order, including ones seen before by other waits) that matches. */
    JsonObject await(Predicate<JsonObject> match) throws InterruptedException {
        synchronized (seen) {
            for (JsonObject o : seen) {
                if (match.test(o)) {
                    seen.remove(o);
                    return o;
                }
            }
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject o = left <= 0 ? null : received.poll(left, TimeUnit.NANOSECONDS);
            if (o == null) {
                throw new AssertionError("timed out waiting for a message" + (failure == null ? "" : "; " + failure));
            }
            if (match.test(o)) {
                return o;
            }
            synchronized (seen) {
                seen.add(o);
            }
        }
    }

    JsonObject response(Object id) throws InterruptedException {
        String want = String.valueOf(id);
        return await(o -> o.has("id") && !o.has("method") && !o.get("id").isJsonNull()
                && o.get("id").getAsString().equals(want));
    }

    JsonObject serverRequest(String method) throws InterruptedException {
        return await(o -> o.has("id") && o.has("method") && o.get("method").getAsString().equals(method));
    }

    JsonObject notification(String method) throws InterruptedException {
        return await(o -> !o.has("id") && o.has("method") && o.get("method").getAsString().equals(method));
    }

    /** Every message received so far and not yet taken. */
    List<JsonObject> drain() {
        List<JsonObject> out = new ArrayList<>();
        synchronized (seen) {
            out.addAll(seen);
            seen.clear();
        }
        received.drainTo(out);
        return out;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
