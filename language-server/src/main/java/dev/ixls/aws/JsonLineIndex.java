package dev.ixls.aws;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The zero-based line on which each value of a JSON document starts, by path
 * ({@code VpnConnections[0].Options.TunnelOptions[1].PreSharedKey}). Gson's tree has no
 * positions, so this scans the text once more; it runs only on text Gson accepted and gives up
 * quietly (fewer lines known) on anything it does not expect.
 */
final class JsonLineIndex {

    private final Map<String, Integer> lines;

    private JsonLineIndex(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** The line of the value at a path, or -1 when unknown. */
    int line(String path) {
        Integer line = lines.get(path);
        return line == null ? -1 : line;
    }

    static String child(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    static String element(String path, int index) {
        return path + "[" + index + "]";
    }

    private static final class Frame {
        final boolean array;
        final String path;
        int index;
        String key;
        boolean expectingKey = true;

        Frame(boolean array, String path) {
            this.array = array;
            this.path = path;
        }

        String valuePath() {
            return array ? element(path, index) : child(path, key == null ? "" : key);
        }
    }

    static JsonLineIndex of(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            scan(text, lines);
        } catch (RuntimeException e) {
            // keep what was indexed before the unexpected input
        }
        return new JsonLineIndex(lines);
    }

    private static void scan(String text, Map<String, Integer> lines) {
        List<Frame> stack = new ArrayList<>();
        int line = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                i++;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\uFEFF') {
                i++;
                continue;
            }
            Frame top = stack.isEmpty() ? null : stack.get(stack.size() - 1);
            switch (c) {
                case '{', '[' -> {
                    String path = valuePath(top);
                    lines.putIfAbsent(path, line);
                    stack.add(new Frame(c == '[', path));
                    i++;
                }
                case '}', ']' -> {
                    if (top == null) {
                        return;
                    }
                    stack.remove(stack.size() - 1);
                    i++;
                }
                case ',' -> {
                    if (top == null) {
                        return;
                    }
                    if (top.array) {
                        top.index++;
                    } else {
                        top.expectingKey = true;
                    }
                    i++;
                }
                case ':' -> i++;
                case '"' -> {
                    int end = endOfString(text, i);
                    if (top != null && !top.array && top.expectingKey) {
                        top.key = unescape(text.substring(i + 1, end - 1));
                        top.expectingKey = false;
                    } else {
                        lines.putIfAbsent(valuePath(top), line);
                    }
                    i = end;
                }
                default -> {
                    // a number, true, false or null
                    lines.putIfAbsent(valuePath(top), line);
                    while (i < n && ",]}\r\n \t".indexOf(text.charAt(i)) < 0) {
                        i++;
                    }
                }
            }
        }
    }

    private static String valuePath(Frame top) {
        return top == null ? "" : top.valuePath();
    }

    /** The index just past the closing quote of the string starting at {@code start}. */
    private static int endOfString(String text, int start) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '"') {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalStateException("unterminated string");
    }

    /** Object keys in AWS output are plain; only the simple escapes are undone. */
    private static String unescape(String key) {
        return key.indexOf('\\') < 0 ? key : key.replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
