package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.ConfigGaps;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.Messages;
import dev.ixls.model.Interface;
import dev.ixls.model.IpsecMap;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.HashSet;
import java.util.Set;

/**
 * IX202: IPsec and tunnel interfaces that are not wired together: a map no tunnel interface
 * uses, a {@code tunnel mode ipsec} interface without {@code ipsec policy tunnel}, a
 * {@code tunnel mode ipsec-ikev2} interface without {@code ikev2 peer}.
 */
public final class UnboundIpsecTunnel extends Rule {

    public UnboundIpsecTunnel() {
        super(RuleCode.IX202, Severity.ERROR);
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        IxConfig config = context.config();
        ConfigGaps gaps = context.gaps();
        if (gaps.isFragment()) {
            return;
        }
        Set<String> bound = new HashSet<>();
        for (Interface i : config.interfaces().values()) {
            bound.add(i.ipsecMap());
            Statement transport = i.member("interface.ipsec-policy-transport"); // L2TP/IPsec binds in transport mode
            if (transport != null) {
                bound.add(transport.arg("map"));
            }
        }
        for (IpsecMap m : config.ipsecMaps().values()) {
            if (bound.contains(m.name()) || gaps.mayMention(m.name())) {
                continue;
            }
            Word name = m.statement().argWord("name");
            findings.report(name != null ? name.range() : m.statement().range(), Messages.text("IX202.unboundMap",
                    "name", m.name(), "peer", m.peer()));
        }
        for (Interface i : config.interfaces().values()) {
            // The model's fields answer first; only a tunnel that looks unbound has its lines read.
            if (i.tunnelMode() == null) {
                continue;
            }
            boolean unboundIpsec = i.tunnelMode().equals("ipsec") && i.ipsecMap() == null
                    && i.member("interface.ipsec-policy") == null;
            boolean unboundIkev2 = i.tunnelMode().equals("ipsec-ikev2") && i.ikev2Peer() == null
                    && i.member("interface.ikev2-peer") == null && i.member("interface.ikev2-peer-fqdn") == null;
            if (!unboundIpsec && !unboundIkev2) {
                continue;
            }
            Statement mode = i.member("interface.tunnel-mode");
            if (mode == null) {
                continue;
            }
            if (unboundIpsec) {
                findings.report(mode.range(), Messages.text("IX202.noIpsecPolicy", "name", i.name()));
            } else {
                findings.report(mode.range(), Messages.text("IX202.noIkev2Peer", "name", i.name()));
            }
        }
    }
}
