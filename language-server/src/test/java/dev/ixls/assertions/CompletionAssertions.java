package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.service.CompletionProposal;
import java.util.List;

/** Assertions on completion proposals: labels (in order), kinds, and how they sort. */
public final class CompletionAssertions {

    private CompletionAssertions() {
    }

    public static List<String> labels(List<CompletionProposal> items) {
        return items.stream().map(CompletionProposal::label).toList();
    }

    /** The proposal with this label (fails showing every label when there is none). */
    public static CompletionProposal item(List<CompletionProposal> items, String label) {
        return items.stream().filter(i -> i.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(label + " not in " + labels(items)));
    }

    /** Exactly these labels, in this order. */
    public static void assertLabels(List<CompletionProposal> items, String... labels) {
        assertEquals(List.of(labels), labels(items));
    }

    /** These labels among others. */
    public static void assertOffers(List<CompletionProposal> items, String... labels) {
        List<String> all = labels(items);
        for (String l : labels) {
            assertTrue(all.contains(l), () -> l + " not in " + all);
        }
    }

    /** None of these labels. */
    public static void assertDoesNotOffer(List<CompletionProposal> items, String... labels) {
        List<String> all = labels(items);
        for (String l : labels) {
            assertTrue(!all.contains(l), () -> l + " should not be in " + all);
        }
    }

    public static void assertKind(CompletionProposal.Kind kind, CompletionProposal item) {
        assertEquals(kind, item.kind(), item.label());
    }

    /** {@code first} sorts before {@code second} in the editor's list. */
    public static void assertSortsBefore(List<CompletionProposal> items, String first, String second) {
        CompletionProposal a = item(items, first);
        CompletionProposal b = item(items, second);
        assertTrue(a.sortText().compareTo(b.sortText()) < 0,
                () -> first + " (" + a.sortText() + ") should sort before " + second + " (" + b.sortText() + ")");
    }
}
