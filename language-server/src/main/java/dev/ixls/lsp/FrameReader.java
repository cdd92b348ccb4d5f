package dev.ixls.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the base protocol's frames ({@code Content-Length: N}, blank line, N bytes of body) so that
 * nothing a client sends can wedge the stream: a body is always taken whole, exactly its
 * {@code Content-Length} bytes, before anyone looks into it, so a body that fails to parse leaves
 * no tail behind; bytes that are not a header (a wrong length, a stray line) are skipped up to the
 * next {@code Content-Length:}, wherever it starts. What was skipped is described by size and
 * kind, never quoted: it may be a config, keys included.
 *
 * <p>LSP4J's {@code StreamMessageProducer} streams the body into the JSON parser instead, and
 * when the parser fails early the rest of the body stays in the input and is read as headers;
 * every later message is then lost.
 */
final class FrameReader {

    /** A message body, and the trouble met in the bytes before it (empty when none). */
    record Frame(byte[] body, Charset charset, List<String> problems) {
    }

    /** Bodies above this many bytes are skipped, unread (twice the largest document checked, for JSON's escapes). */
    static final int MAX_BODY = 2 * OpenDocument.MAX_CHECKED_CHARS;

    private static final String CONTENT_LENGTH = "content-length:";
    /** Header lines are short; a longer "line" is a body's stray tail. */
    private static final int MAX_HEADER_LINE = 1024;

    private final InputStream in;
    private final int maxBody;
    private final List<String> problems = new ArrayList<>();

    FrameReader(InputStream in) {
        this(in, MAX_BODY);
    }

    FrameReader(InputStream in, int maxBody) {
        // Buffered: headers are read a byte at a time.
        this.in = new java.io.BufferedInputStream(in, 1 << 16);
        this.maxBody = maxBody;
    }

    /** The next frame, or null at the end of the input (the trouble before the end is then lost: nothing follows). */
    Frame next() throws IOException {
        while (true) {
            Headers h = headers();
            if (h == null) {
                return null;
            }
            if (h.length > maxBody) {
                long skipped = skip(h.length);
                problems.add("a message of " + h.length + " bytes is larger than " + maxBody + "; skipped");
                if (skipped < h.length) {
                    return null;
                }
                continue;
            }
            byte[] body = new byte[h.length];
            if (read(body) < h.length) {
                return null; // the input ended inside the body
            }
            Frame f = new Frame(body, h.charset, List.copyOf(problems));
            problems.clear();
            return f;
        }
    }

    private static final class Headers {
        int length = -1;
        Charset charset = StandardCharsets.UTF_8;
    }

    /** The headers of the next frame, skipping whatever is not one; null at the end of the input. */
    private Headers headers() throws IOException {
        Headers h = new Headers();
        boolean any = false;
        int skippedBytes = 0;
        while (true) {
            String line = line();
            if (line == null) {
                return null;
            }
            if (line.isEmpty()) {
                if (h.length >= 0) {
                    if (skippedBytes > 0) {
                        problems.add(skippedBytes + " byte(s) that were not a message header skipped");
                    }
                    return h;
                }
                if (any) {
                    problems.add("a message header without Content-Length; skipped");
                    any = false;
                }
                continue; // blank lines between frames are harmless
            }
            String lower = line.toLowerCase(Locale.ROOT);
            int at = lower.indexOf(CONTENT_LENGTH);
            if (at > 0) {
                // Stray bytes, then a header: a body longer than its Content-Length said ran into this one.
                skippedBytes += at;
                line = line.substring(at);
                lower = lower.substring(at);
                h = new Headers();
            }
            if (lower.startsWith(CONTENT_LENGTH)) {
                String value = line.substring(CONTENT_LENGTH.length()).trim();
                long n = digits(value);
                if (n < 0 || n > Integer.MAX_VALUE) {
                    problems.add("a Content-Length that is not a number of bytes; skipped to the next header");
                    h = new Headers();
                    any = false;
                    continue;
                }
                h.length = (int) n;
                any = true;
            } else if (isHeader(line)) {
                if (lower.startsWith("content-type:")) {
                    h.charset = charset(lower);
                }
                any = true;
            } else {
                skippedBytes += line.length() + 1;
                h = new Headers();
                any = false;
            }
        }
    }

    /**
     * The next line without its end ({@code \r\n} or {@code \n}), or null at the end of the input.
     * A "line" longer than a header ever is gets searched for {@code Content-Length:} as it
     * streams by, and only what follows that (or the overlong line's last bytes) is kept.
     */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        int dropped = 0;
        while (true) {
            int b = in.read();
            if (b < 0) {
                return line.size() == 0 && dropped == 0 ? null : finish(line, dropped);
            }
            if (b == '\n') {
                return finish(line, dropped);
            }
            line.write(b);
            if (line.size() > MAX_HEADER_LINE) {
                // Keep a tail long enough to hold a whole Content-Length header; count the rest as skipped.
                byte[] all = line.toByteArray();
                int keep = 64;
                dropped += all.length - keep;
                line.reset();
                line.write(all, all.length - keep, keep);
            }
        }
    }

    private String finish(ByteArrayOutputStream line, int dropped) {
        String s = line.toString(StandardCharsets.ISO_8859_1);
        if (s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        if (dropped > 0) {
            problems.add(dropped + " byte(s) that were not a message header skipped");
            if (!s.toLowerCase(Locale.ROOT).contains(CONTENT_LENGTH)) {
                return " "; // not empty, not a header: the caller skips it too
            }
        }
        return s;
    }

    /** {@code Name: value} with a token for a name, as HTTP-style headers are written. */
    private static boolean isHeader(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static Charset charset(String lowerContentType) {
        int at = lowerContentType.indexOf("charset=");
        if (at < 0) {
            return StandardCharsets.UTF_8;
        }
        String name = lowerContentType.substring(at + 8).trim();
        // LSP has only ever meant UTF-8; "utf8" is a historical alias clients still send.
        return name.equals("utf-8") || name.equals("utf8") ? StandardCharsets.UTF_8
                : name.equals("utf-16") ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8;
    }

    /** The value of a number of at most 18 digits, or -1. */
    private static long digits(String s) {
        if (s.isEmpty() || s.length() > 18) {
            return -1;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return -1;
            }
        }
        return Long.parseLong(s);
    }

    /**
     * Fills the array, or stops at the end of the input; how many bytes were read. (Not
     * {@code readNBytes}: on Java 17 a {@code FileInputStream} over a pipe, as stdin is, fails
     * there with "Illegal seek".)
     */
    private int read(byte[] into) throws IOException {
        int n = 0;
        while (n < into.length) {
            int r = in.read(into, n, into.length - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    private long skip(long n) throws IOException {
        long left = n;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                break;
            }
            left -= r;
        }
        return n - left;
    }
}
