package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every code ixls reports, defined once. The constant's name is the code as users, settings
 * files, LSP clients, JSON and SARIF see it ({@code "IX001"}). The codes of the rules
 * (IX000-IX5xx) each have exactly one rule in {@link RuleCatalog}; the IX7xx codes are the causes
 * {@code ixls diagnose} finds in the router's own output ({@link dev.ixls.analysis.diagnose.Cause});
 * IX900 is ixls's own failure ({@link InternalFailure}), described by a rule the engine never runs.
 * Code, tests and message keys ({@code IX001.title}) use these constants.
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
    IX511,
    /** {@link dev.ixls.analysis.rules.SampleNotLinked} */
    IX512,

    // IX7xx: Causes found in the router's show output (ixls diagnose, docs/diagnose.md)
    /** {@link dev.ixls.analysis.diagnose.Cause#TEXT_NOT_READ} */
    IX700,
    /** {@link dev.ixls.analysis.diagnose.Cause#UDP_NOT_REACHING} */
    IX701,
    /** {@link dev.ixls.analysis.diagnose.Cause#PRESHARED_KEY_MISMATCH} */
    IX702,
    /** {@link dev.ixls.analysis.diagnose.Cause#PHASE1_REJECTED} */
    IX703,
    /** {@link dev.ixls.analysis.diagnose.Cause#PHASE2_REJECTED} */
    IX704,
    /** {@link dev.ixls.analysis.diagnose.Cause#TUNNEL_SHUT_DOWN} */
    IX705,
    /** {@link dev.ixls.analysis.diagnose.Cause#BGP_NOT_ESTABLISHED} */
    IX706,
    /** {@link dev.ixls.analysis.diagnose.Cause#NO_ROUTES_FROM_AWS} */
    IX707,
    /** {@link dev.ixls.analysis.diagnose.Cause#NOTHING_ADVERTISED} */
    IX708,
    /** {@link dev.ixls.analysis.diagnose.Cause#STATE_NOT_SHOWN} */
    IX709,
    /** {@link dev.ixls.analysis.diagnose.Cause#NO_IKE_SA} */
    IX710,

    // IX9xx: ixls itself
    /**
     * {@link InternalFailure}: ixls failed on a file (a rule threw, a line the model could not read).
     * Described like a rule (docs, SARIF, its page) but never run: the engine and the callers that
     * contain failures report it, no setting turns it off.
     */
    IX900;

    /** Where each rule's page lives; a code's anchor is its lower-case code. */
    static final String DOCS_BASE = "https://github.com/ixls/ixls/blob/main/docs/rules.md";
    /** Where each cause of {@code ixls diagnose} has its section. */
    static final String DIAGNOSE_DOCS_BASE = "https://github.com/ixls/ixls/blob/main/docs/diagnose.md";

    /** Whether this is a cause {@code ixls diagnose} reports (IX7xx), not the code of a rule. */
    public boolean isDiagnosis() {
        return name().startsWith("IX7");
    }

    /** Whether this is IX900, ixls's own failure: reported by the engine, never found by a rule it runs. */
    public boolean isInternal() {
        return this == IX900;
    }

    /** The codes of the rules the engine runs, in order: one rule each in {@link RuleCatalog#all()}. */
    public static List<RuleCode> rules() {
        return Arrays.stream(values()).filter(c -> !c.isDiagnosis() && !c.isInternal()).toList();
    }

    /** The code's section: a rule's page in docs/rules.md, a cause's in docs/diagnose.md. */
    public String docsUrl() {
        return (isDiagnosis() ? DIAGNOSE_DOCS_BASE : DOCS_BASE) + "#" + name().toLowerCase(Locale.ROOT);
    }

    /** A one-line name: the message {@code CODE.title} of the catalogs. */
    public LocalizedText title() {
        return Messages.text(name() + ".title");
    }

    /** Why the code exists, in a sentence or two: the message {@code CODE.reason}. */
    public LocalizedText reason() {
        return Messages.text(name() + ".reason");
    }

    /** The code a user wrote ({@code ix101} too), or empty when ixls has no such code. */
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
