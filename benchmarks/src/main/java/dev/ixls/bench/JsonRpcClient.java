package dev.ixls.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A minimal JSON-RPC client over a language server process's stdio, as an editor speaks it: every
 * message the server sends is stamped when it arrives; the server's own requests
 * ({@code workspace/configuration}, {@code client/registerCapability}, ...) are answered at once
 * with empty results, as a client that has nothing to configure would.
 */
final class JsonRpcClient implements AutoCloseable {

    static final long TIMEOUT_MS = 60_000;

    /** One message from the server, stamped when it arrived. */
    record Message(JsonObject json, long receivedNanos) {
        boolean isResponse(int id) {
            return json.has("id") && !json.has("method") && json.get("id").isJsonPrimitive()
                    && json.get("id").getAsJsonPrimitive().isNumber() && json.get("id").getAsInt() == id;
        }

        boolean isDiagnostics(int version) {
            return isDiagnostics() && json.getAsJsonObject("params").has("version")
                    && json.getAsJsonObject("params").get("version").getAsInt() == version;
        }

        boolean isDiagnostics() {
            return json.has("method") && json.get("method").getAsString().equals("textDocument/publishDiagnostics");
        }
    }

    private final OutputStream out;
    private final LinkedBlockingQueue<Message> received = new LinkedBlockingQueue<>();

    JsonRpcClient(Process p) {
        this.out = p.getOutputStream();
        InputStream in = p.getInputStream();
        Thread reader = new Thread(() -> read(in), "bench-reader");
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
                    }
                }
                byte[] body = in.readNBytes(length);
                long at = System.nanoTime();
                JsonElement json = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
                JsonObject m = json.getAsJsonObject();
                if (m.has("method") && m.has("id")) {
                    answer(m);
                } else {
                    received.add(new Message(m, at));
                }
            }
        } catch (IOException | RuntimeException e) {
            // The server is gone.
        }
    }

    /** The server asks something of the client: an empty answer of the right shape. */
    private void answer(JsonObject request) throws IOException {
        String method = request.get("method").getAsString();
        String result = "null";
        if (method.equals("workspace/configuration")) {
            int items = request.getAsJsonObject("params").getAsJsonArray("items").size();
            result = "[" + "null,".repeat(Math.max(0, items - 1)) + (items > 0 ? "null" : "") + "]";
        }
        send("{\"jsonrpc\": \"2.0\", \"id\": " + request.get("id") + ", \"result\": " + result + "}");
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("end of stream");
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    synchronized void send(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.flush();
    }

    void request(int id, String method, String params) throws IOException {
        send("{\"jsonrpc\": \"2.0\", \"id\": " + id + ", \"method\": \"" + method + "\""
                + (params == null ? "" : ", \"params\": " + params) + "}");
    }

    void notify(String method, String params) throws IOException {
        send("{\"jsonrpc\": \"2.0\", \"method\": \"" + method + "\"" + (params == null ? "" : ", \"params\": " + params)
                + "}");
    }

    /** The next message that matches, skipping others; throws after {@link #TIMEOUT_MS}. */
    Message await(Predicate<Message> match) throws InterruptedException {
        return await(match, TIMEOUT_MS);
    }

    /** As above with a timeout; null when it passes. */
    Message await(Predicate<Message> match, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (true) {
            Message m = received.poll(Math.max(1, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
            if (m == null) {
                if (timeoutMs == TIMEOUT_MS) {
                    throw new IllegalStateException("the server did not answer in " + TIMEOUT_MS + " ms");
                }
                return null;
            }
            if (match.test(m)) {
                return m;
            }
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
