package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;

/** Wording several rules share, so the same thing is always said the same way. */
final class Phrases {

    private Phrases() {
    }

    static LocalizedText phase(Phase phase) {
        return phase == Phase.IKE ? LocalizedText.of("IKE (phase 1)", "IKE（フェーズ 1）")
                : LocalizedText.of("IPsec (phase 2)", "IPsec（フェーズ 2）");
    }

    static LocalizedText aspect(Aspect aspect, Phase phase) {
        return switch (aspect) {
            case VERSION -> LocalizedText.of("IKE version", "IKE バージョン");
            case MODE -> LocalizedText.of("exchange mode", "交換モード");
            case ENCRYPTION -> LocalizedText.of("encryption", "暗号化アルゴリズム");
            case INTEGRITY -> LocalizedText.of("integrity (hash)", "完全性（ハッシュ）アルゴリズム");
            case GROUP -> phase == Phase.IKE ? LocalizedText.of("DH group", "DH グループ")
                    : LocalizedText.of("PFS group", "PFS グループ");
            case LIFETIME -> LocalizedText.of("lifetime", "ライフタイム");
        };
    }

    /** The sample line a mismatch's expected value comes from: the stated option, else the phase's section. */
    static SampleField sampleField(Mismatch m) {
        boolean ike = m.phase() == Phase.IKE;
        return switch (m.aspect()) {
            case VERSION -> SampleField.IKE_VERSIONS;
            case MODE -> SampleField.IKE;
            case ENCRYPTION -> ike ? SampleField.PHASE1_ENCRYPTION : SampleField.PHASE2_ENCRYPTION;
            case INTEGRITY -> ike ? SampleField.PHASE1_INTEGRITY : SampleField.PHASE2_INTEGRITY;
            case GROUP -> ike ? SampleField.PHASE1_DH_GROUPS : SampleField.PHASE2_DH_GROUPS;
            case LIFETIME -> ike ? SampleField.PHASE1_LIFETIME : SampleField.PHASE2_LIFETIME;
        };
    }
}
