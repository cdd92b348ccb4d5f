package dev.ixls.analysis;

import java.util.Locale;
import java.util.Optional;

/**
 * Every rule code ixls reports, defined once. The constant's name is the code as users, settings
 * files, LSP clients, JSON and SARIF see it ({@code "IX001"}); {@link RuleCatalog} holds exactly
 * one rule per code. Code, tests and message keys ({@code IX001.title}) use these constants.
 */
public enum RuleCode {
    // IX0xx: Syntax against the command catalog
    /** {@link dev.ixls.analysis.rules.InputNotAConfig} */
    IX000,
    /** {@link dev.ixls.analysis.rules.UnknownCommand} */
    IX001,
    /** {@link dev.ixls.analysis.rules.MalformedArgument} */
    IX002,
    /** {@link dev.ixls.analysis.rules.CommandOutsideBlock} */
    IX003,
    /** {@link dev.ixls.analysis.rules.MissingArgument} */
    IX004,

    // IX1xx: Names: definitions and references
    /** {@link dev.ixls.analysis.rules.UndefinedReference} */
    IX101,
    /** {@link dev.ixls.analysis.rules.DuplicateDefinition} */
    IX102,
    /** {@link dev.ixls.analysis.rules.UnusedDefinition} */
    IX103,

    // IX2xx: IKE and IPsec
    /** {@link dev.ixls.analysis.rules.UnpairedIpsecPeer} */
    IX201,
    /** {@link dev.ixls.analysis.rules.UnboundIpsecTunnel} */
    IX202,
    /** {@link dev.ixls.analysis.rules.SharedTunnelBinding} */
    IX203,
    /** {@link dev.ixls.analysis.rules.MissingKeepalive} */
    IX204,
    /** {@link dev.ixls.analysis.rules.MissingMssClamp} */
    IX205,
    /** {@link dev.ixls.analysis.rules.PresharedKeyRefused} */
    IX206,
    /** {@link dev.ixls.analysis.rules.WeakCryptography} */
    IX207,
    /** {@link dev.ixls.analysis.rules.LifetimeOutOfRange} */
    IX208,
    /** {@link dev.ixls.analysis.rules.AlgorithmRefusedByAws} */
    IX209,

    // IX3xx: Tunnel inside addresses
    /** {@link dev.ixls.analysis.rules.InvalidInsideNetwork} */
    IX301,
    /** {@link dev.ixls.analysis.rules.NetworkOrBroadcastAddress} */
    IX302,
    /** {@link dev.ixls.analysis.rules.ReservedInsideNetwork} */
    IX303,
    /** {@link dev.ixls.analysis.rules.OverlappingSubnets} */
    IX304,
    /** {@link dev.ixls.analysis.rules.AwsSideInsideAddress} */
    IX305,

    // IX4xx: BGP
    /** {@link dev.ixls.analysis.rules.BgpNeighborOutsideSubnets} */
    IX401,
    /** {@link dev.ixls.analysis.rules.BgpNeighborIsOwnAddress} */
    IX402,
    /** {@link dev.ixls.analysis.rules.BgpNeighborWithoutRemoteAs} */
    IX403,
    /** {@link dev.ixls.analysis.rules.AwsNeighborSameAs} */
    IX404,
    /** {@link dev.ixls.analysis.rules.BgpTimers} */
    IX405,
    /** {@link dev.ixls.analysis.rules.UnroutedTunnel} */
    IX406,
    /** {@link dev.ixls.analysis.rules.BgpAdvertisesNothing} */
    IX407,

    // IX5xx: Cross-checks against a linked AWS sample
    /** {@link dev.ixls.analysis.rules.MissingTunnel} */
    IX501,
    /** {@link dev.ixls.analysis.rules.PeerNotInSample} */
    IX502,
    /** {@link dev.ixls.analysis.rules.PresharedKeyMismatch} */
    IX503,
    /** {@link dev.ixls.analysis.rules.InsideAddressMismatch} */
    IX504,
    /** {@link dev.ixls.analysis.rules.BgpNeighborMismatch} */
    IX505,
    /** {@link dev.ixls.analysis.rules.RemoteAsMismatch} */
    IX506,
    /** {@link dev.ixls.analysis.rules.LocalAsMismatch} */
    IX507,
    /** {@link dev.ixls.analysis.rules.IkeProposalMismatch} */
    IX508,
    /** {@link dev.ixls.analysis.rules.IpsecProposalMismatch} */
    IX509,
    /** {@link dev.ixls.analysis.rules.CrossedTunnels} */
    IX510,
    /** {@link dev.ixls.analysis.rules.RoutingTypeMismatch} */
    IX511;

    /** Where each rule's page lives; a code's anchor is its lower-case code. */
    static final String DOCS_BASE = "https://github.com/ixls/ixls/blob/main/docs/rules.md";

    /** The rule's page in docs/rules.md. */
    public String docsUrl() {
        return DOCS_BASE + "#" + name().toLowerCase(Locale.ROOT);
    }

    /** The code a user wrote ({@code ix101} too), or empty when ixls has no such rule. */
    public static Optional<RuleCode> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
