package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.RuleCode;

/** IX508: the IKE proposal (version, encryption, hash, group, lifetime) cannot be agreed with the sample's tunnel options. */
public final class IkeProposalMismatch extends ProposalMismatch {

    public IkeProposalMismatch() {
        super(RuleCode.IX508, Phase.IKE);
    }
}
