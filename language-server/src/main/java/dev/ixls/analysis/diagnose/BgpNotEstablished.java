package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.AwsLimits;
import dev.ixls.analysis.TunnelComparison;
import dev.ixls.aws.SampleField;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.parse.Statement;
import dev.ixls.transcript.BgpSummary;
import dev.ixls.transcript.PingResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IX706: IPsec is up but BGP with AWS's inside address is not ESTABLISHED (or not a neighbor at
 * all). Says which of the inside address, the neighbor address, the ASNs and the timers differ
 * from the AWS sample, reading the ASNs from the router's own summary where it prints them.
 */
final class BgpNotEstablished {

    private BgpNotEstablished() {
    }

    static Verdict find(TunnelFacts f, Citations c) {
        BgpSummary.Peer row = f.bgpPeer;
        if (row != null && row.isEstablished()) {
            return null;
        }
        String neighbor = f.awsInside != null ? f.awsInside : f.neighbor.address().toString();
        Verdict v = new Verdict(TunnelState.DOWN, Cause.BGP_NOT_ESTABLISHED);
        List<LocalizedText> reasons = new ArrayList<>();
        if (row == null) {
            reasons.add(Messages.text("IX706.notInSummary", "neighbor", neighbor));
            v.add(f.summary.header() == null ? null
                    : c.transcript(f.summary.header(), Messages.text("IX706.summaryLine")));
        } else {
            v.add(c.transcript(row.line(), Messages.text("IX706.rowLine", "state", row.state())));
        }
        TunnelComparison cmp = f.comparison;
        if (cmp != null) {
            insideAddress(f, c, cmp, v, reasons);
            neighborAddress(f, c, cmp, v, reasons);
            asns(f, c, cmp, row, v, reasons);
            timers(f, c, v, reasons);
        }
        for (PingResult p : f.pings) {
            if (!p.answered() && p.statistics() != null) {
                reasons.add(Messages.text("IX706.pingFailed", "address", p.target()));
                v.add(c.transcript(p.statistics(), Messages.text("IX706.pingLine")));
            }
        }
        boolean explained = reasons.size() > (row == null ? 1 : 0);
        if (!explained) {
            reasons.add(f.comparison != null ? Messages.text("IX706.noReason", "interface",
                    f.interfaceName() == null ? "?" : f.interfaceName()) : Messages.text("IX706.noSample"));
        }
        v.message = Messages.text("IX706.message", "tunnel", Names.tunnel(f), "neighbor", neighbor, "state",
                row == null ? Messages.text("IX706.noSession") : new LocalizedText(row.state(), row.state()),
                "reasons", Names.clauses(reasons));
        v.fix = f.tunnel != null ? Messages.text("IX706.fix", "number", f.number) : Messages.text("IX706.fixNoSample");
        return v;
    }

    private static void insideAddress(TunnelFacts f, Citations c, TunnelComparison cmp, Verdict v,
            List<LocalizedText> reasons) {
        if (cmp.insideAddressMatches() || f.tunnelInterface == null) {
            return;
        }
        String actual = f.tunnelInterface.address() == null ? "-" : f.tunnelInterface.address().toString();
        reasons.add(Messages.text("IX706.insideAddress", "interface", f.tunnelInterface.name(), "actual", actual,
                "expected", f.tunnel.customerInsideAddress() + "/30"));
        Statement line = f.tunnelInterface.addressLine() != null ? f.tunnelInterface.addressLine()
                : f.tunnelInterface.member("interface.ip-address");
        v.add(c.config(line != null ? line : f.tunnelInterface.opener(), Messages.text("IX706.insideLine")));
        v.add(c.sample(f.sample, f.tunnel, SampleField.INSIDE_ADDRESSES, Messages.text("IX706.sampleInside")));
    }

    private static void neighborAddress(TunnelFacts f, Citations c, TunnelComparison cmp, Verdict v,
            List<LocalizedText> reasons) {
        if (cmp.neighbor() != null || f.tunnel.awsInsideAddress() == null) {
            return;
        }
        BgpNeighbor candidate = cmp.neighborCandidate();
        if (candidate != null) {
            reasons.add(Messages.text("IX706.neighborAddress", "actual", candidate.address().toString(), "expected",
                    f.tunnel.awsInsideAddress()));
            v.add(c.config(candidate.firstStatement(), Messages.text("IX706.neighborLine")));
        } else {
            reasons.add(Messages.text("IX706.noNeighbor", "expected", f.tunnel.awsInsideAddress()));
            if (cmp.bgp() != null) {
                v.add(c.config(cmp.bgp().statement(), Messages.text("IX706.routerBgpLine")));
            }
        }
        v.add(c.sample(f.sample, f.tunnel, SampleField.INSIDE_ADDRESSES, Messages.text("IX706.sampleInside")));
    }

    private static void asns(TunnelFacts f, Citations c, TunnelComparison cmp, BgpSummary.Peer row, Verdict v,
            List<LocalizedText> reasons) {
        Long awsAsn = f.tunnel.awsAsn();
        Long remote = row != null && row.remoteAs() != null ? row.remoteAs()
                : f.neighbor != null ? f.neighbor.remoteAs() : null;
        if (awsAsn != null && remote != null && !remote.equals(awsAsn)) {
            reasons.add(Messages.text("IX706.remoteAs", "actual", remote, "expected", awsAsn));
            if (row != null && row.remoteAs() != null) {
                v.add(c.transcript(row.line(), Messages.text("IX706.rowAs", "asn", remote)));
            }
            if (f.neighbor != null && f.neighbor.remoteAsStatement() != null) {
                v.add(c.config(f.neighbor.remoteAsStatement(), Messages.text("IX706.remoteAsLine")));
            }
            v.add(c.sample(f.sample, f.tunnel, SampleField.AWS_ASN, Messages.text("IX706.sampleAwsAsn")));
        }
        Long customerAsn = f.tunnel.customerAsn();
        Long local = f.summary != null && f.summary.localAs() != null ? f.summary.localAs()
                : cmp.bgp() != null ? Long.valueOf(cmp.bgp().asn()) : null;
        if (customerAsn != null && local != null && !local.equals(customerAsn)) {
            reasons.add(Messages.text("IX706.localAs", "actual", local, "expected", customerAsn));
            if (f.summary != null && f.summary.header() != null && Objects.equals(f.summary.localAs(), local)) {
                v.add(c.transcript(f.summary.header(), Messages.text("IX706.localAsLine", "asn", local)));
            }
            if (cmp.bgp() != null) {
                v.add(c.config(cmp.bgp().statement(), Messages.text("IX706.routerBgpLine")));
            }
            v.add(c.sample(f.sample, f.tunnel, SampleField.CUSTOMER_ASN, Messages.text("IX706.sampleCustomerAsn")));
        }
    }

    /** Timers rarely keep a session down (BGP takes the lower hold time), but the sample's are AWS's. */
    private static void timers(TunnelFacts f, Citations c, Verdict v, List<LocalizedText> reasons) {
        BgpNeighbor n = f.neighbor;
        if (n == null || n.keepalive() == null || n.holdTime() == null) {
            return;
        }
        int hold = f.tunnel.holdTime() != null ? f.tunnel.holdTime() : AwsLimits.BGP_HOLD;
        if (n.keepalive() != AwsLimits.BGP_KEEPALIVE || n.holdTime() != hold) {
            reasons.add(Messages.text("IX706.timers", "keepalive", n.keepalive(), "hold", n.holdTime(), "awsHold", hold));
            if (n.timersStatement() != null) {
                v.add(c.config(n.timersStatement(), Messages.text("IX706.timersLine")));
            }
        }
    }
}
