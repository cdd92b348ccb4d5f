package dev.ixls.model;

import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.List;

/**
 * An {@code interface NAME} block (all of its blocks, when the name is entered more than once).
 *
 * @param address the primary {@code ip address}, or null
 * @param tunnelMode {@code ipsec}, {@code ipsec-ikev2}, ... or null
 * @param ipsecMap the map of {@code ipsec policy tunnel}, or null
 * @param ikev2Profile the profile of {@code ikev2 binding} / {@code ikev2 profile}, or null
 * @param ikev2Peer the address of {@code ikev2 peer}, or null
 * @param mss {@code ip tcp adjust-mss}: null when absent, 0 for {@code auto}
 * @param ikev2Proposals IKEv2 algorithms written directly on the interface
 * @param peer the IKE peer the interface leads to, through {@code ikev2 peer} or its IPsec map, or null
 */
public record Interface(String name, Ipv4Prefix address, String tunnelMode, String ipsecMap, String ikev2Profile,
        String ikev2Peer, Integer mss, boolean shutdown, Integer ikev2DpdInterval,
        Ikev2Profile.Ikev2Proposals ikev2Proposals, List<Statement> openers, List<Statement> members, String peer) {

    public static final int MSS_AUTO = 0;

    public boolean isTunnel() {
        return name.startsWith("Tunnel");
    }

    public boolean isIpsecTunnel() {
        return "ipsec".equals(tunnelMode) || "ipsec-ikev2".equals(tunnelMode);
    }

    /** The member line of a command, or null. */
    public Statement member(String commandId) {
        if (members instanceof MemberList indexed) { // always, when the model builder made the interface
            return indexed.first(commandId);
        }
        for (Statement s : members) {
            if (s.is(commandId) && !s.negated()) {
                return s;
            }
        }
        return null;
    }

    public Statement opener() {
        return openers.get(0);
    }

    /**
     * The word {@link #address} was read from, or null when there is none. Not simply the first
     * {@code ip address} line: that may be {@code ip address ipcp} or {@code dhcp} before a static one.
     */
    public Word addressWord() {
        Statement line = addressLine();
        return line == null ? null : line.argWord("address");
    }

    /** The {@code ip address} line {@link #address} was read from, or null when there is none. */
    public Statement addressLine() {
        if (address == null) {
            return null;
        }
        for (Statement m : members) {
            if (m.is("interface.ip-address") && !m.negated()) {
                Word w = m.argWord("address");
                if (w != null && Ipv4Prefix.parse(w.text()).filter(address::equals).isPresent()) {
                    return m;
                }
            }
        }
        return null;
    }
}
