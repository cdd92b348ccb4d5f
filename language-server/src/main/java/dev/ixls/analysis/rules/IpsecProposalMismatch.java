package dev.ixls.analysis.rules;

import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.RuleCode;
import dev.ixls.i18n.LocalizedText;

/** IX509: the IPsec proposal or PFS group cannot be agreed with the sample's tunnel options. */
public final class IpsecProposalMismatch extends ProposalMismatch {

    public IpsecProposalMismatch() {
        super(RuleCode.IX509, Phase.IPSEC,
                LocalizedText.of("IPsec proposal cannot be negotiated with the AWS tunnel", "IPsec プロポーザルが AWS トンネルとネゴシエートできません"),
                LocalizedText.of("When the tunnel options are customised, AWS negotiates phase 2 only with those algorithms, PFS groups and lifetimes.",
                        "トンネルオプションをカスタマイズした場合、AWS はそのアルゴリズム、PFS グループ、ライフタイムでしかフェーズ 2 をネゴシエートしません。"));
    }
}
