package dev.ixls.service;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.convert.ConversionOptions;
import dev.ixls.convert.IkeVersion;
import dev.ixls.convert.IxConfigConverter;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.model.net.Ipv4Prefix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * "Generate IX config": the conversion options an editor passes, and the name of the new file
 * beside the sample, after the VPN ID, never one that is taken.
 */
public final class GenerateConfig {

    private GenerateConfig() {
    }

    /** The code action's title: "Generate IX config (IKEv2) (vpn-...)". */
    public static String title(AwsSample sample, IkeVersion version, Language lang) {
        String v = version == IkeVersion.V1 ? "IKEv1" : "IKEv2";
        return sample.connectionId() == null ? Messages.get(lang, "command.generate", "version", v)
                : Messages.get(lang, "command.generateFor", "version", v, "vpn", sample.connectionId());
    }

    /**
     * Reads {@code { "ikeVersion": "v1"|"v2", "outsideInterface", "firstTunnel", "advertise": [...], "localAsn",
     * "natTraversal" }};
     * absent fields take the defaults (IKEv2 only when the sample allows nothing else).
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    public static ConversionOptions options(JsonObject args, AwsSample sample) {
        ConversionOptions o = ConversionOptions.defaults().withIkeVersion(defaultVersion(sample));
        if (args == null) {
            return o;
        }
        if (has(args, "ikeVersion")) {
            String v = args.get("ikeVersion").getAsString().toLowerCase(Locale.ROOT);
            o = switch (v) {
                case "v1", "ikev1", "1" -> o.withIkeVersion(IkeVersion.V1);
                case "v2", "ikev2", "2" -> o.withIkeVersion(IkeVersion.V2);
                default -> throw new IllegalArgumentException("ikeVersion must be \"v1\" or \"v2\", not \"" + v + "\"");
            };
        }
        if (has(args, "outsideInterface")) {
            String name = args.get("outsideInterface").getAsString().trim();
            if (name.isEmpty() || name.chars().anyMatch(Character::isWhitespace)) {
                throw new IllegalArgumentException("outsideInterface must be one interface name");
            }
            o = o.withOutsideInterface(name);
        }
        if (has(args, "firstTunnel")) {
            int n;
            try {
                n = args.get("firstTunnel").getAsInt();
            } catch (NumberFormatException | UnsupportedOperationException e) {
                throw new IllegalArgumentException("firstTunnel must be a number");
            }
            if (n < 0 || n > 9999) {
                throw new IllegalArgumentException("firstTunnel must be between 0 and 9999");
            }
            o = o.withFirstTunnel(n);
        }
        if (has(args, "advertise")) {
            List<Ipv4Prefix> networks = new ArrayList<>();
            if (!args.get("advertise").isJsonArray()) {
                throw new IllegalArgumentException("advertise must be a list of networks such as 192.168.1.0/24");
            }
            for (JsonElement e : args.getAsJsonArray("advertise")) {
                String text = e.getAsString().trim();
                networks.add(Ipv4Prefix.parse(text).orElseThrow(() -> new IllegalArgumentException(
                        "advertise: `" + text + "` is not a network such as 192.168.1.0/24")));
            }
            o = o.withAdvertise(networks);
        }
        if (has(args, "localAsn")) {
            long asn;
            try {
                asn = args.get("localAsn").getAsLong();
            } catch (NumberFormatException | UnsupportedOperationException e) {
                throw new IllegalArgumentException("localAsn must be an AS number");
            }
            if (asn < 1 || asn > 4294967295L) {
                throw new IllegalArgumentException("localAsn must be between 1 and 4294967295");
            }
            o = o.withLocalAsn(asn);
        }
        if (has(args, "natTraversal")) {
            o = o.withNatTraversal(args.get("natTraversal").getAsBoolean());
        }
        return o;
    }

    /**
     * The command's arguments with the settings' defaults where it says nothing: the customer ASN
     * only for a sample that shows a placeholder in its place (a real one always wins), and NAT
     * traversal. The arguments given are not changed.
     *
     * @param localAsn the {@code generate.localAsn} setting, or null
     * @param natTraversal the {@code generate.natTraversal} setting, or null
     */
    public static JsonObject withDefaults(JsonObject args, AwsSample sample, Long localAsn, Boolean natTraversal) {
        JsonObject out = args == null ? new JsonObject() : args.deepCopy();
        if (localAsn != null && !has(out, "localAsn") && IxConfigConverter.needsLocalAsn(sample)) {
            out.addProperty("localAsn", localAsn);
        }
        if (natTraversal != null && !has(out, "natTraversal")) {
            out.addProperty("natTraversal", natTraversal);
        }
        return out;
    }

    private static boolean has(JsonObject o, String field) {
        return o.has(field) && !o.get(field).isJsonNull();
    }

    /** The IKE version a sample converts to unless told: IKEv1 when any tunnel allows it. */
    public static IkeVersion defaultVersion(AwsSample sample) {
        for (AwsTunnel t : sample.tunnels()) {
            List<String> versions = t.ike() == null ? List.of() : t.ike().versions();
            if (versions.isEmpty() || versions.contains("ikev1")) {
                return IkeVersion.V1;
            }
        }
        return sample.tunnels().isEmpty() ? IkeVersion.V1 : IkeVersion.V2;
    }

    public static String convert(AwsSample sample, ConversionOptions options) {
        return IxConfigConverter.convert(sample, options);
    }

    /**
     * The file to create beside the sample: {@code vpn-ID.ix}, then {@code vpn-ID-2.ix}, ... when
     * taken. Without a connection ID the sample's own name gives the base.
     *
     * @param taken whether a path is already used (on disk or by an open document)
     */
    public static Path target(Path sampleFile, AwsSample sample, Predicate<Path> taken) {
        Path dir = sampleFile.toAbsolutePath().getParent();
        String base = sample.connectionId();
        if (base == null || !base.matches("[A-Za-z0-9._-]+")) {
            String name = sampleFile.getFileName().toString();
            int dot = name.lastIndexOf('.');
            base = (dot > 0 ? name.substring(0, dot) : name) + "-ix";
        }
        Path candidate = dir.resolve(base + ".ix");
        for (int n = 2; taken.test(candidate); n++) {
            candidate = dir.resolve(base + "-" + n + ".ix");
        }
        return candidate;
    }
}
