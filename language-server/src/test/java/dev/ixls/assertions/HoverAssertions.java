package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.service.Hover;
import java.util.Optional;

/** Assertions on hover text: what it says, what it must never say (keys), and the word it is about. */
public final class HoverAssertions {

    private HoverAssertions() {
    }

    /** The hover's Markdown (fails when there is no hover). */
    public static String text(Optional<Hover.Info> hover) {
        return hover.orElseThrow(() -> new AssertionError("no hover")).markdown();
    }

    /** The text has each fragment, in this order. */
    public static void assertSays(String markdown, String... fragments) {
        int from = 0;
        for (String f : fragments) {
            int at = markdown.indexOf(f, from);
            String after = from == 0 ? "" : " after the previous fragment";
            assertTrue(at >= 0, () -> "hover does not say '" + f + "'" + after + ":\n" + markdown);
            from = at + f.length();
        }
    }

    /** The text has none of these (a key, another language's words). */
    public static void assertNeverSays(String markdown, String... fragments) {
        for (String f : fragments) {
            assertTrue(!markdown.contains(f), () -> "hover says '" + f + "':\n" + markdown);
        }
    }

    /** The hover is about the word at this range ({@link RangeNotation}). */
    public static void assertAbout(String range, Optional<Hover.Info> hover) {
        assertEquals(RangeNotation.parse(range), hover.orElseThrow(() -> new AssertionError("no hover")).range());
    }

    public static void assertNoHover(Optional<Hover.Info> hover) {
        assertTrue(hover.isEmpty(), () -> "unexpected hover:\n" + hover.get().markdown());
    }
}
