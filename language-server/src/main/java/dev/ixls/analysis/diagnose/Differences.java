package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.CryptoOffers;
import dev.ixls.analysis.CryptoOffers.Aspect;
import dev.ixls.analysis.CryptoOffers.Mismatch;
import dev.ixls.analysis.CryptoOffers.Offered;
import dev.ixls.analysis.CryptoOffers.PeerOffer;
import dev.ixls.analysis.CryptoOffers.Phase;
import dev.ixls.analysis.CryptoOffers.Suite;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.syntax.Range;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which values of the config's proposals differ from the AWS sample's, for one phase: first the
 * values AWS refuses outright ({@link CryptoOffers}, as IX508/IX509 report them), then those that
 * merely differ from what the sample shows (the sample shows AWS's minimum; AWS's tunnel options
 * may accept more, so these are named as differences, not errors).
 */
final class Differences {

    private Differences() {
    }

    /** One difference, with the config range it is about (null when the value is not written). */
    record Difference(LocalizedText text, Range range) {
    }

    static List<Difference> of(TunnelFacts f, Phase phase) {
        if (f.comparison == null || f.comparison.offer().isEmpty()) {
            return List.of();
        }
        PeerOffer offer = f.comparison.offer().get();
        List<Difference> out = new ArrayList<>();
        Set<Aspect> refusedAspects = EnumSet.noneOf(Aspect.class);
        List<Mismatch> refused = phase == Phase.IKE ? f.comparison.ikeMismatches(Set.of())
                : f.comparison.ipsecMismatches(Set.of());
        for (Mismatch m : refused) {
            refusedAspects.add(m.aspect());
            out.add(new Difference(Messages.text("diagnose.refused", "aspect", aspect(m.aspect()), "value", m.text(),
                    "accepted", m.accepted()), m.written() ? m.range() : null));
        }
        List<Suite> suites = phase == Phase.IKE ? offer.phase1() : offer.phase2();
        List<Difference> first = null;
        for (Suite s : suites) {
            List<Difference> d = fromSample(f, phase, s, refusedAspects);
            if (d.isEmpty()) {
                first = List.of();
                break;
            }
            if (first == null) {
                first = d;
            }
        }
        if (first != null) {
            out.addAll(first);
        }
        if (phase == Phase.IKE && offer.mode() != null && !refusedAspects.contains(Aspect.MODE)
                && f.tunnel.ike().mode() != null && !offer.mode().value().equals(f.tunnel.ike().mode())) {
            out.add(new Difference(Messages.text("diagnose.differs", "aspect", aspect(Aspect.MODE), "value",
                    offer.mode().text(), "expected", f.tunnel.ike().mode()), offer.mode().range()));
        }
        return out;
    }

    private static List<Difference> fromSample(TunnelFacts f, Phase phase, Suite s, Set<Aspect> refused) {
        boolean ike = phase == Phase.IKE;
        List<Cipher> ciphers = ike ? f.tunnel.ike().encryption() : f.tunnel.ipsec().encryption();
        List<Integrity> integrity = ike ? f.tunnel.ike().integrity() : f.tunnel.ipsec().integrity();
        List<Integer> groups = ike ? f.tunnel.ike().dhGroups() : f.tunnel.ipsec().pfsGroups();
        int lifetime = ike ? f.tunnel.ike().lifetimeSeconds() : f.tunnel.ipsec().lifetimeSeconds();
        List<Difference> out = new ArrayList<>();
        if (!refused.contains(Aspect.ENCRYPTION)) {
            differ(s.ciphers(), ciphers, Cipher::awsName, Aspect.ENCRYPTION, out);
        }
        if (!refused.contains(Aspect.INTEGRITY)) {
            differ(s.integrity(), integrity, Integrity::awsName, Aspect.INTEGRITY, out);
        }
        if (!refused.contains(Aspect.GROUP)) {
            if (!ike && s.groups().isEmpty() && !groups.isEmpty()) {
                out.add(new Difference(Messages.text("diagnose.noPfs", "expected", groupNames(groups)), null));
            } else {
                differ(s.groups(), groups, g -> "group " + g, Aspect.GROUP, out);
            }
        }
        Offered<Integer> life = s.lifetime();
        if (!refused.contains(Aspect.LIFETIME) && f.ikev1() && life != null && life.value() != null
                && !life.text().isEmpty() && life.value() > lifetime) {
            out.add(new Difference(Messages.text("diagnose.differs", "aspect", aspect(Aspect.LIFETIME), "value",
                    life.text(), "expected", lifetime + " s"), life.range()));
        }
        return out;
    }

    /** A difference when the config offers known values and none of them is the sample's. */
    private static <T> void differ(List<Offered<T>> offered, List<T> expected, Function<T, String> name, Aspect aspect,
            List<Difference> out) {
        if (expected.isEmpty() || offered.stream().noneMatch(o -> o.value() != null)
                || offered.stream().anyMatch(o -> o.value() != null && expected.contains(o.value()))) {
            return;
        }
        Offered<T> o = offered.stream().filter(x -> x.value() != null).findFirst().orElseThrow();
        String expectedNames = expected.stream().map(name).distinct().collect(Collectors.joining(", "));
        out.add(new Difference(Messages.text("diagnose.differs", "aspect", aspect(aspect), "value",
                o.text() + " (" + name.apply(o.value()) + ")", "expected", expectedNames), o.range()));
    }

    private static String groupNames(List<Integer> groups) {
        return groups.stream().map(String::valueOf).distinct().collect(Collectors.joining(", "));
    }

    static LocalizedText aspect(Aspect a) {
        return switch (a) {
            case VERSION -> Messages.text("diagnose.aspect.version");
            case MODE -> Messages.text("diagnose.aspect.mode");
            case ENCRYPTION -> Messages.text("diagnose.aspect.encryption");
            case INTEGRITY -> Messages.text("diagnose.aspect.integrity");
            case GROUP -> Messages.text("diagnose.aspect.group");
            case LIFETIME -> Messages.text("diagnose.aspect.lifetime");
        };
    }

    /** The differences as one sentence, or the sentence saying there are none. */
    static LocalizedText sentence(List<Difference> differences, String noneKey) {
        if (differences.isEmpty()) {
            return Messages.text(noneKey);
        }
        return Messages.text("diagnose.differences", "list",
                Names.clauses(differences.stream().map(Difference::text).toList()));
    }
}
