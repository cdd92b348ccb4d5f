package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;

/** Wording several rules share, so the same thing is always said the same way. */
final class Phrases {

    private Phrases() {
    }

    static LocalizedText phase(Phase phase) {
        return phase == Phase.IKE ? Messages.text("phrase.ike")
                : Messages.text("phrase.ipsec");
    }

    static LocalizedText aspect(Aspect aspect, Phase phase) {
        return switch (aspect) {
            case VERSION -> Messages.text("phrase.ikeVersion");
            case MODE -> Messages.text("phrase.exchangeMode");
            case ENCRYPTION -> Messages.text("phrase.encryption");
            case INTEGRITY -> Messages.text("phrase.integrity");
            case GROUP -> phase == Phase.IKE ? Messages.text("phrase.dhGroup")
                    : Messages.text("phrase.pfsGroup");
            case LIFETIME -> Messages.text("phrase.lifetime");
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
