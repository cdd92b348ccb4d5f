package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
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

    public WeakCryptography() {
        super("IX207", Severity.INFO,
                LocalizedText.of("Weak cryptography", "弱い暗号"),
                LocalizedText.of("DES, 3DES, MD5 and 768/1024-bit Diffie-Hellman are considered broken or too weak; AWS accepts stronger choices (AES-256, SHA2-256, 2048-bit) on both ends.",
                        "DES、3DES、MD5、768/1024 ビットの DH は破られている、または弱すぎるとされています。AWS はより強い選択肢（AES-256、SHA2-256、2048 ビット）を受け付けます。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        for (Statement s : context.config().parsed().statements()) {
            if (s.placement() != Placement.IN_BLOCK || s.commandId() == null || s.negated()) {
                continue;
            }
            switch (s.commandId()) {
                case "ike.proposal" -> {
                    word(s.argWord("encryption"), IKEV1, findings);
                    word(s.argWord("hash"), IKEV1, findings);
                    word(s.argWord("group"), IKEV1, findings);
                }
                case "ipsec.autokey-proposal" -> {
                    word(s.argWord("encryption"), ESP, findings);
                    word(s.argWord("integrity"), ESP, findings);
                }
                case "ipsec.autokey-map" -> word(s.argWord("pfs"), ESP, findings);
                case "ikev2.sa-proposal", "ikev2.child-proposal" -> words(s.argWords("algorithms"), findings);
                case "ikev2.child-pfs" -> word(s.argWord("group"), IKEV2, findings);
                case "interface.ikev2-other" -> {
                    String setting = s.arg("setting");
                    if ("sa-proposal".equals(setting) || "child-proposal".equals(setting) || "child-pfs".equals(setting)) {
                        words(s.argWords("options"), findings);
                    }
                }
                default -> {
                }
            }
        }
    }

    private static void words(List<Word> words, Findings findings) {
        for (Word w : words) {
            word(w, IKEV2, findings);
        }
    }

    private static void word(Word w, Spelling spelling, Findings findings) {
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
            why = LocalizedText.of("a 64-bit block cipher that is no longer considered safe", "安全とはみなされなくなった 64 ビットブロック暗号です");
        } else if (hash == Integrity.MD5) {
            better = spelling.hash();
            why = LocalizedText.of("a broken hash", "破られたハッシュです");
        } else if (group != null && (group == 1 || group == 2)) {
            better = spelling.group();
            why = LocalizedText.of("a Diffie-Hellman group too small to resist a well-funded attacker",
                    "十分な資源を持つ攻撃者には弱すぎる DH グループです");
        } else {
            return;
        }
        findings.report(w.range(), LocalizedText.of(
                "`" + t + "` is " + why.en() + ". AWS also accepts `" + better + "`; change it on both ends when you can.",
                "`" + t + "` は" + why.ja() + "。AWS は `" + better + "` も受け付けます。可能なら両端で変更してください。"));
    }
}
