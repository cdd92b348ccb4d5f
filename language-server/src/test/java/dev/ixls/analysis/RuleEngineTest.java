package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IxConfig;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** A rule that throws costs that rule's findings and nothing else, and says so (IX900). */
class RuleEngineTest {

    private final IxLanguageService service = new IxLanguageService();

    /** Fails the way a rule bug does (IX304 did, issue 13): a NullPointerException whose message would quote the config. */
    private static final class Crashing extends Rule {
        Crashing() {
            super(RuleCode.IX304, Severity.ERROR);
        }

        @Override
        public void check(AnalysisContext context, Findings findings) {
            throw new NullPointerException("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K");
        }
    }

    private static final class Reporting extends Rule {
        Reporting() {
            super(RuleCode.IX101, Severity.ERROR);
        }

        @Override
        public void check(AnalysisContext context, Findings findings) {
            findings.report(Range.onLine(1, 0, 1), LocalizedText.of("found", "found"));
        }
    }

    private AnalysisContext context() {
        IxConfig config = service.model(Fixtures.read("ix/seed-article.ix"));
        return new AnalysisContext("seed.ix", config, List.of(), service.catalog());
    }

    @Test
    void aThrowingRuleBecomesAnInternalErrorAndTheOthersStillReport() {
        List<Diagnostic> out = new RuleEngine(List.of(new Crashing(), new Reporting()))
                .run(context(), RuleSettings.defaults());
        List<RuleCode> codes = new ArrayList<>(out.stream().map(Diagnostic::code).toList());
        assertEquals(List.of(RuleCode.IX900, RuleCode.IX101), codes);
        Diagnostic internal = out.get(0);
        for (Language lang : Language.values()) {
            String message = internal.message().get(lang);
            assertTrue(message.contains("IX304") && message.contains("NullPointerException")
                    && message.contains("https://github.com/ixls/ixls/issues"), message);
            assertTrue(!message.contains("hngyiJd8N5pulvK9QDMXZ02BDDLCz10K"), "the exception's message is never shown");
        }
        assertTrue(internal.message().en().contains("Please report"), internal.message().en());
    }

    @Test
    void internalErrorsCannotBeTurnedOffAndStaleWorkStillStops() {
        RuleSettings off = RuleSettings.of(java.util.Map.of("IX900", "off"));
        List<Diagnostic> out = new RuleEngine(List.of(new Crashing())).run(context(), off);
        assertEquals(List.of(RuleCode.IX900), out.stream().map(Diagnostic::code).toList());
        assertThrows(CancellationException.class, () -> new RuleEngine(List.of(new Crashing())).run(context(),
                RuleSettings.defaults(), () -> {
                    throw new CancellationException("stale");
                }));
    }
}
