package dev.ixls.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Framing that always takes a body whole and finds the next header after any garbage (issue 13). */
class FrameReaderTest {

    private static byte[] frame(String body) {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        return concat(("Content-Length: " + b.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), b);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> bodies(byte[] input, List<String> problems) throws IOException {
        FrameReader r = new FrameReader(new ByteArrayInputStream(input), 1 << 20);
        List<String> out = new ArrayList<>();
        FrameReader.Frame f;
        while ((f = r.next()) != null) {
            out.add(new String(f.body(), f.charset()));
            problems.addAll(f.problems());
        }
        return out;
    }

    @Test
    void aBodyIsTakenWholeWhateverItHolds() throws IOException {
        // A body that looks like headers, holds blank lines and a Content-Length of its own.
        String tricky = "{\"text\": \"x\"}\r\n\r\nContent-Length: 3\r\n\r\nabc";
        String big = "{\"v\":\"one\",\"text\":\"" + "k".repeat(17_000) + "\"}";
        List<String> problems = new ArrayList<>();
        assertEquals(List.of(tricky, big, "{}"), bodies(concat(frame(tricky), frame(big), frame("{}")), problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void aBodyLongerThanItsContentLengthRunsIntoTheNextHeaderAndIsSkippedUpToIt() throws IOException {
        byte[] lying = concat(ascii("Content-Length: 5\r\n\r\n{\"a\": \"the rest of a longer body\"}"), frame("{\"ok\":1}"));
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("{\"a\":", "{\"ok\":1}"), bodies(lying, problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("not a message header")), problems.toString());
        assertFalse(problems.toString().contains("the rest"), "skipped bytes are never quoted");
    }

    @Test
    void badHeadersAreResynchronised() throws IOException {
        byte[] input = concat(ascii("Content-Length: abc\r\n\r\nwhatever\r\n"), frame("{\"one\":1}"),
                ascii("Content-Length: 99999999999999\r\n\r\n"), frame("{\"two\":2}"),
                ascii("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n"), frame("{\"three\":3}"),
                ascii("garbage line\nmore garbage\r\n"), frame("{\"four\":4}"));
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("{\"one\":1}", "{\"two\":2}", "{\"three\":3}", "{\"four\":4}"), bodies(input, problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("not a number of bytes")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("without Content-Length")), problems.toString());
    }

    @Test
    void aBodyOverTheLimitIsSkippedExactly() throws IOException {
        byte[] input = concat(frame("x".repeat(2 << 20)), frame("{\"after\":1}"));
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("{\"after\":1}"), bodies(input, problems));
        assertTrue(problems.stream().anyMatch(p -> p.contains("larger than")), problems.toString());
    }

    @Test
    void megabytesOfGarbageWithoutANewlineStillEndAtTheNextHeader() throws IOException {
        byte[] garbage = ascii("{\"x\":\"" + "y".repeat(3_000_000));
        List<String> problems = new ArrayList<>();
        assertEquals(List.of("{\"z\":1}"), bodies(concat(garbage, frame("{\"z\":1}")), problems));
    }

    @Test
    void theEndOfInputInsideABodyEndsTheStream() throws IOException {
        assertNull(new FrameReader(new ByteArrayInputStream(ascii("Content-Length: 10\r\n\r\n{}"))).next());
        assertNull(new FrameReader(new ByteArrayInputStream(new byte[0])).next());
    }

    @Test
    void randomBytesBeforeEachFrameNeverCostTheFrame() throws IOException {
        Random random = new Random(13);
        for (int round = 0; round < 200; round++) {
            byte[] noise = new byte[random.nextInt(3000)];
            random.nextBytes(noise);
            // Noise may hold anything but the one header name the reader looks for.
            String n = new String(noise, StandardCharsets.ISO_8859_1).replaceAll("(?i)content-length", "xx");
            byte[] input = concat(n.getBytes(StandardCharsets.ISO_8859_1), ascii("\r\n\r\n"), frame("{\"r\":" + round + "}"));
            List<String> got = bodies(input, new ArrayList<>());
            assertEquals(List.of("{\"r\":" + round + "}"), got, "round " + round);
        }
    }

    @Test
    void readsFromAStreamThatDeliversOneByteAtATime() throws IOException {
        byte[] input = concat(frame("{\"a\":1}"), frame("{\"b\":2}"));
        InputStream trickle = new InputStream() {
            private int at;

            @Override
            public int read() {
                return at < input.length ? input[at++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (at >= input.length) {
                    return -1;
                }
                b[off] = input[at++];
                return 1;
            }
        };
        FrameReader r = new FrameReader(trickle);
        assertEquals("{\"a\":1}", new String(r.next().body(), StandardCharsets.UTF_8));
        assertEquals("{\"b\":2}", new String(r.next().body(), StandardCharsets.UTF_8));
        assertNull(r.next());
    }
}
