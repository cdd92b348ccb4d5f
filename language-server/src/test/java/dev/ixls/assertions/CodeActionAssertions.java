package dev.ixls.assertions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.service.CodeActions;
import java.util.List;

/** Assertions on quick fixes: their titles and the text they leave. */
public final class CodeActionAssertions {

    private CodeActionAssertions() {
    }

    public static List<String> titles(List<CodeActions.QuickFix> fixes) {
        return fixes.stream().map(CodeActions.QuickFix::title).toList();
    }

    /** The quick fix with this title (fails showing every title when there is none). */
    public static CodeActions.QuickFix fix(List<CodeActions.QuickFix> fixes, String title) {
        return fixes.stream().filter(f -> f.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no quick fix '" + title + "' in " + titles(fixes)));
    }

    /** Exactly these titles, in this order. */
    public static void assertTitles(List<CodeActions.QuickFix> fixes, String... titles) {
        assertEquals(List.of(titles), titles(fixes));
    }

    /** The quick fix titled so turns {@code before} into {@code after}. */
    public static void assertFixGives(List<CodeActions.QuickFix> fixes, String title, String before, String after) {
        EditAssertions.assertEditsGive(before, fix(fixes, title).edits(), after);
    }
}
