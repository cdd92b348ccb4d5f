package dev.ixls.analysis.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ixls.Fixtures;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.service.IxLanguageService;
import java.util.List;
import org.junit.jupiter.api.Test;

/** IX207 names AWS as the reason only where the config talks to AWS. */
class WeakCryptographyTest {

    private static List<String> messages(String fixture) {
        return new IxLanguageService().analyze(fixture, Fixtures.read(fixture), List.of(), RuleSettings.defaults())
                .diagnostics().stream().filter(d -> d.code() == RuleCode.IX207).map(Diagnostic::message)
                .map(m -> m.en()).toList();
    }

    @Test
    void awsConfigsHearWhatAwsAccepts() {
        List<String> aws = messages("ix/seed-article.ix");
        assertFalse(aws.isEmpty());
        assertTrue(aws.stream().allMatch(m -> m.contains("AWS also accepts '2048-bit'")), aws.toString());
    }

    @Test
    void otherConfigsAreNotToldAboutAws() {
        List<String> branch = messages("ix/device-output-ix2025-aggressive.ix");
        assertFalse(branch.isEmpty());
        assertTrue(branch.stream().noneMatch(m -> m.contains("AWS")), branch.toString());
        assertTrue(branch.stream().allMatch(m -> m.contains("Prefer '2048-bit'")), branch.toString());
    }
}
