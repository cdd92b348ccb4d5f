package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.RuleCode;

/** IX509: the IPsec proposal or PFS group cannot be agreed with the sample's tunnel options. */
public final class IpsecProposalMismatch extends ProposalMismatch {

    public IpsecProposalMismatch() {
        super(RuleCode.IX509, Phase.IPSEC);
    }
}
