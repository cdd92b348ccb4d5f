package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.RuleCode;
import dev.ixls.i18n.LocalizedText;

/** IX508: the IKE proposal (version, encryption, hash, group, lifetime) cannot be agreed with the sample's tunnel options. */
public final class IkeProposalMismatch extends ProposalMismatch {

    public IkeProposalMismatch() {
        super(RuleCode.IX508, Phase.IKE,
                LocalizedText.of("IKE proposal cannot be negotiated with the AWS tunnel", "IKE プロポーザルが AWS トンネルとネゴシエートできません"),
                LocalizedText.of("When the tunnel options are customised (DescribeVpnConnections shows them), AWS negotiates only those IKE versions, algorithms, groups and lifetimes.",
                        "トンネルオプションをカスタマイズした場合（DescribeVpnConnections に表示されます）、AWS はその IKE バージョン、アルゴリズム、グループ、ライフタイムでしかネゴシエートしません。"));
    }
}
