package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxAlgorithms;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.List;

/**
 * IX207: weak cryptography (DES, 3DES, MD5, 768-bit and 1024-bit DH), naming the stronger choice
 * AWS accepts, written the way this command spells it.
 */
public final class WeakCryptography extends Rule {

    /** How one command family spells the stronger choices. */
    private record Spelling(String cipher, String hash, String group) {
    }

    private static final Spelling IKEV1 = new Spelling("aes-256", "sha2-256", "2048-bit");
    private static final Spelling ESP = new Spelling("esp-aes-256", "esp-sha2-256", "2048-bit");
    private static final Spelling IKEV2 = new Spelling("aes-cbc-256", "sha2-256", "2048-bit");

    /** The commands that name algorithms (see {@link #check(Statement, boolean, Findings)}). */
    private static final List<String> COMMANDS = List.of("ike.proposal", "ipsec.autokey-proposal", "ipsec.autokey-map",
            "ikev2.sa-proposal", "ikev2.child-proposal", "ikev2.child-pfs", "interface.ikev2-other");

    public WeakCryptography() {
        super(RuleCode.IX207, Severity.INFO);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        // Name AWS as the reason only in a config that talks to AWS.
        boolean aws = context.hasSamples() || !context.awsTunnels().isEmpty();
        for (String command : COMMANDS) {
            for (Statement s : context.statements().of(command)) {
                check(s, aws, findings);
            }
        }
    }

    private static void check(Statement s, boolean aws, Findings findings) {
        if (s.placement() != Placement.IN_BLOCK || s.commandId() == null || s.negated()) {
            return;
        }
        switch (s.commandId()) {
            case "ike.proposal" -> {
                word(s.argWord("encryption"), IKEV1, aws, findings);
                word(s.argWord("hash"), IKEV1, aws, findings);
                word(s.argWord("group"), IKEV1, aws, findings);
            }
            case "ipsec.autokey-proposal" -> {
                word(s.argWord("encryption"), ESP, aws, findings);
                word(s.argWord("integrity"), ESP, aws, findings);
            }
            case "ipsec.autokey-map" -> word(s.argWord("pfs"), ESP, aws, findings);
            case "ikev2.sa-proposal", "ikev2.child-proposal" -> words(s.argWords("algorithms"), aws, findings);
            case "ikev2.child-pfs" -> word(s.argWord("group"), IKEV2, aws, findings);
            case "interface.ikev2-other" -> {
                String setting = s.arg("setting");
                if ("sa-proposal".equals(setting) || "child-proposal".equals(setting) || "child-pfs".equals(setting)) {
                    words(s.argWords("options"), aws, findings);
                }
            }
            default -> {
            }
        }
    }

    private static void words(List<Word> words, boolean aws, Findings findings) {
        for (Word w : words) {
            word(w, IKEV2, aws, findings);
        }
    }

    private static void word(Word w, Spelling spelling, boolean aws, Findings findings) {
        if (w == null) {
            return;
        }
        String t = w.text();
        Cipher cipher = spelling == ESP ? IxAlgorithms.espCipher(t)
                : spelling == IKEV1 ? IxAlgorithms.ikeCipher(t) : IxAlgorithms.ikev2Cipher(t);
        Integrity hash = IxAlgorithms.integrity(t);
        Integer group = IxAlgorithms.dhGroup(t);
        String better;
        LocalizedText why;
        if (cipher == Cipher.DES || cipher == Cipher.TRIPLE_DES) {
            better = spelling.cipher();
            why = Messages.text("IX207.blockCipher");
        } else if (hash == Integrity.MD5) {
            better = spelling.hash();
            why = Messages.text("IX207.brokenHash");
        } else if (group != null && (group == 1 || group == 2)) {
            better = spelling.group();
            why = Messages.text("IX207.smallGroup");
        } else {
            return;
        }
        findings.report(w.range(), aws
                ? Messages.text("IX207.awsAccepts", "value", t, "why", why, "better", better)
                : Messages.text("IX207.prefer", "value", t, "why", why, "better", better));
    }
}
