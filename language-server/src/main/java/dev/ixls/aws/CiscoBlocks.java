package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The blocks of the Cisco samples (IOS IKEv1 and IKEv2, ASA) as {@link CiscoSampleReader} collects
 * them, before it ties them into tunnels.
 */
final class CiscoBlocks {

    private CiscoBlocks() {
    }


    static final class IsakmpPolicy {
        final String number;
        final int line;
        Cipher encryption;
        Integrity hash;
        Integer group;
        Integer lifetime;
        LocalizedText problem;

        IsakmpPolicy(String number, int line) {
            this.number = number;
            this.line = line;
        }
    }

    static final class Keyring {
        final String name;
        /** The ISAKMP policy defined last before this keyring: in the sample, the tunnel's own. */
        final IsakmpPolicy precedingPolicy;
        String localAddress;
        int localAddressLine = -1;
        final List<KeyEntry> keys = new ArrayList<>();
        /** {@code crypto ikev2 keyring}: keys sit in {@code peer} sub-blocks. */
        boolean ikev2;
        /** ASA {@code tunnel-group ADDRESS ipsec-attributes}: the one address its key is for. */
        String tunnelGroupAddress;

        Keyring(String name, IsakmpPolicy precedingPolicy) {
            this.name = name;
            this.precedingPolicy = precedingPolicy;
        }
    }

    record KeyEntry(String address, PresharedKey key, int line) {
    }

    static final class IsakmpProfile {
        final String name;
        String identityAddress;
        int identityLine = -1;
        String keyring;
        String localAddress;
        int localAddressLine = -1;

        IsakmpProfile(String name) {
            this.name = name;
        }
    }

    static final class TransformSet {
        final String name;
        final int line;
        Cipher cipher;
        Integrity integrity;
        LocalizedText problem;

        TransformSet(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    static final class IpsecProfile {
        final String name;
        Integer pfsGroup;
        Integer lifetime;
        String transformSet;
        String ikev2Profile;

        IpsecProfile(String name) {
            this.name = name;
        }
    }

    static final class TunnelInterface {
        final String name;
        final int line;
        Integer address;
        Integer prefixLength;
        int addressLine = -1;
        String source;
        int sourceLine = -1;
        String destination;
        int destinationLine = -1;
        String protectionProfile;
        Integer mss;
        int mssLine = -1;
        LocalizedText problem;

        TunnelInterface(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    static final class BgpRouter {
        /** Null when the sample shows a placeholder ({@code router bgp YOUR_BGP_ASN}). */
        final Long asn;
        final String written;
        final int line;
        final Map<String, BgpNeighbor> neighbors = new LinkedHashMap<>();

        BgpRouter(Long asn, String written, int line) {
            this.asn = asn;
            this.written = written;
            this.line = line;
        }

        BgpNeighbor neighbor(String address) {
            return neighbors.computeIfAbsent(address, BgpNeighbor::new);
        }
    }

    static final class BgpNeighbor {
        final String address;
        Long remoteAs;
        int remoteAsLine = -1;
        Integer holdTime;
        int holdTimeLine = -1;

        BgpNeighbor(String address) {
            this.address = address;
        }
    }

    /** {@code address-family} inside {@code router bgp}. */
    record AddressFamily(BgpRouter router) {
    }

    /** The AWS inside address an {@code ip sla} block probes with {@code icmp-echo}. */
    record SlaProbe(String address) {
    }

    record Keepalive(int interval, int line) {
    }

    /** An {@code ip sla} block. */
    record IpSla() {
    }

    // IKEv2 blocks (the IKEv2 rendering of the IOS sample): crypto ikev2 proposal/policy/keyring/profile.

    static final class Ikev2Proposal {
        final String name;
        final int line;
        final List<Cipher> encryption = new ArrayList<>();
        final List<Integrity> integrity = new ArrayList<>();
        final List<Integer> groups = new ArrayList<>();
        LocalizedText problem;

        Ikev2Proposal(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    static final class Ikev2Policy {
        final String name;
        final int line;
        final List<String> proposals = new ArrayList<>();

        Ikev2Policy(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    /** {@code peer NAME} inside {@code crypto ikev2 keyring}; its key goes to the keyring once address and key are known. */
    static final class Ikev2Peer {
        final Keyring keyring;
        String address;
        String key;
        int keyLine = -1;
        boolean added;

        Ikev2Peer(Keyring keyring) {
            this.keyring = keyring;
        }
    }

    static final class Ikev2Profile {
        final String name;
        final int line;
        String identityAddress;
        int identityLine = -1;
        String keyring;
        String localAddress;
        int localAddressLine = -1;
        Integer lifetime;
        Integer dpdInterval;
        int dpdLine = -1;

        Ikev2Profile(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }

    // Cisco ASA blocks: tunnel-group attributes and crypto map entries.

    /** {@code tunnel-group ADDRESS general-attributes} and the like: nothing to read. */
    record IgnoredBlock() {
    }

    /** {@code crypto map NAME SEQ ...} lines of a policy-based ASA sample, gathered per entry. */
    static final class CryptoMapEntry {
        final String name;
        final int line;
        final List<String> peers = new ArrayList<>();
        String transformSet;
        Integer pfsGroup;
        Integer lifetime;
        String acl;

        CryptoMapEntry(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}
