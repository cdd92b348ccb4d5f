package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the {@code aws_vpn_connection} resources of Terraform: a state file ({@code terraform.tfstate},
 * format version 4: {@code resources[].instances[].attributes}, Terraform 0.12 and later) or the
 * output of {@code terraform show -json} ({@code values.root_module} and its {@code child_modules},
 * also {@code prior_state} of a plan).
 *
 * <p>The attribute {@code customer_gateway_configuration} is AWS's XML and gives the tunnels; the
 * provider's own per-tunnel attributes ({@code tunnel1_address}, {@code tunnel1_preshared_key},
 * {@code tunnel1_inside_cidr}, {@code tunnel1_bgp_asn}, ...; see the provider's
 * {@code website/docs/r/vpn_connection.html.markdown}) cross-check it: a tunnel address that names
 * no XML tunnel, or a key, inside network or AWS ASN that differs from the XML's, is an error
 * (never quoting a key). Tunnel options set in Terraform ({@code tunnel1_phase1_encryption_algorithms},
 * ..., lifetimes, {@code tunnel1_ike_versions}) are stated options, as DescribeVpnConnections'
 * TunnelOptions are. Tunnels are matched by outside address, never by number.
 */
final class TerraformStateReader {

    static final String TYPE = "aws_vpn_connection";

    /** Terraform attribute suffixes ({@code tunnel1_...}) for the TunnelOptions keys they stand for. */
    private static final Map<String, String> OPTIONS = Map.ofEntries(
            Map.entry("Phase1EncryptionAlgorithms", "phase1_encryption_algorithms"),
            Map.entry("Phase1IntegrityAlgorithms", "phase1_integrity_algorithms"),
            Map.entry("Phase1DHGroupNumbers", "phase1_dh_group_numbers"),
            Map.entry("Phase1LifetimeSeconds", "phase1_lifetime_seconds"),
            Map.entry("Phase2EncryptionAlgorithms", "phase2_encryption_algorithms"),
            Map.entry("Phase2IntegrityAlgorithms", "phase2_integrity_algorithms"),
            Map.entry("Phase2DHGroupNumbers", "phase2_dh_group_numbers"),
            Map.entry("Phase2LifetimeSeconds", "phase2_lifetime_seconds"),
            Map.entry("IkeVersions", "ike_versions"),
            Map.entry("DpdTimeoutSeconds", "dpd_timeout_seconds"),
            Map.entry("TunnelInsideCidr", "inside_cidr"),
            Map.entry("PreSharedKey", "preshared_key"),
            Map.entry("OutsideIpAddress", "address"));

    private TerraformStateReader() {
    }

    /** One resource instance's attributes and where they sit in the JSON. */
    private record Instance(String address, JsonObject attributes, String path) {
    }

    static List<AwsSample> readAll(String text) throws SampleFormatException {
        JsonElement root = DescribeVpnConnectionsReader.parse(text);
        JsonLineIndex index = JsonLineIndex.of(text);
        List<Instance> instances = new ArrayList<>();
        collect(root, "", null, instances);
        List<AwsSample> samples = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Instance instance : instances) {
            String id = string(instance.attributes(), "id");
            if (id != null && !seen.add(id)) {
                continue; // `terraform show -json` of a plan holds the same resource as prior state and planned value
            }
            samples.add(connection(instance, index));
        }
        if (samples.isEmpty()) {
            throw new SampleFormatException(Messages.text("aws.terraform.noResource"));
        }
        return List.copyOf(samples);
    }

    /** Finds every aws_vpn_connection resource, whatever the document's layout. */
    private static void collect(JsonElement element, String path, String module, List<Instance> out) {
        if (element.isJsonArray()) {
            JsonArray array = element.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                collect(array.get(i), JsonLineIndex.element(path, i), module, out);
            }
            return;
        }
        if (!element.isJsonObject()) {
            return;
        }
        JsonObject object = element.getAsJsonObject();
        if (TYPE.equals(string(object, "type")) && !"data".equals(string(object, "mode"))) {
            String name = (module != null ? module + "." : "") + TYPE + "." + string(object, "name");
            if (object.get("values") instanceof JsonObject values) { // terraform show -json
                String address = string(object, "address");
                out.add(new Instance(address != null ? address : name, values, JsonLineIndex.child(path, "values")));
                return;
            }
            if (object.get("instances") instanceof JsonArray list) { // state version 4
                String prefix = string(object, "module") != null ? string(object, "module") + "." + TYPE + "."
                        + string(object, "name") : name;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof JsonObject instance && instance.get("attributes") instanceof JsonObject a) {
                        JsonElement key = instance.get("index_key");
                        String suffix = key == null ? "" : "[" + key + "]";
                        out.add(new Instance(prefix + suffix, a, JsonLineIndex.child(JsonLineIndex.element(
                                JsonLineIndex.child(path, "instances"), i), "attributes")));
                    }
                }
                return;
            }
        }
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            collect(e.getValue(), JsonLineIndex.child(path, e.getKey()), module, out);
        }
    }

    private static AwsSample connection(Instance instance, JsonLineIndex index) throws SampleFormatException {
        JsonObject a = instance.attributes();
        String id = string(a, "id");
        LocalizedText name = id != null ? Messages.text("aws.terraform.resourceWithId", "resource",
                QuotedValue.name(instance.address()), "id", QuotedValue.name(id)) : QuotedValue.name(instance.address());
        String configuration = string(a, "customer_gateway_configuration");
        if (configuration == null || configuration.isBlank()) {
            throw new SampleFormatException(Messages.text("aws.terraform.noConfiguration", "resource", name));
        }
        int configurationLine = index.line(JsonLineIndex.child(instance.path(), "customer_gateway_configuration"));
        CustomerGatewayXmlReader.XmlConnection xml;
        try {
            xml = CustomerGatewayXmlReader.parse(configuration, line -> configurationLine);
        } catch (SampleFormatException e) {
            throw new SampleFormatException(Messages.text("aws.in", "where", Messages.text("aws.partOf", "whole", name, "part", "customer_gateway_configuration"),
                    "problem", e.text()));
        }
        if (id != null && xml.connectionId() != null && !id.equals(xml.connectionId())) {
            throw new SampleFormatException(Messages.text("aws.describesOther", "connection", name,
                    "field", "customer_gateway_configuration", "other", QuotedValue.name(xml.connectionId())));
        }
        Routing routing = xml.routing();
        Boolean staticOnly = bool(a.get("static_routes_only"));
        if (staticOnly != null) {
            routing = staticOnly ? Routing.STATIC : Routing.BGP;
        }
        if (routing == Routing.STATIC) {
            for (TunnelDraft draft : xml.tunnels()) {
                draft.awsAsn = null;
                draft.customerAsn = null;
                draft.holdTime = null;
                draft.lines.remove(SampleField.AWS_ASN);
                draft.lines.remove(SampleField.CUSTOMER_ASN);
                draft.lines.remove(SampleField.HOLD_TIME);
            }
        }
        for (int n = 1; n <= 2; n++) {
            tunnel(name, a, "tunnel" + n + "_", instance.path(), index, xml.tunnels(), routing);
        }
        List<SampleNote> notes = new ArrayList<>();
        List<AwsTunnel> tunnels;
        try {
            tunnels = TunnelDraft.buildAll(xml.tunnels(), notes);
        } catch (SampleFormatException e) {
            throw new SampleFormatException(Messages.text("aws.in", "where", name, "problem", e.text()));
        }
        return new AwsSample(id != null ? id : xml.connectionId(), routing, SampleFormat.TERRAFORM, tunnels, notes);
    }

    /** Cross-checks one {@code tunnelN_*} attribute set against its XML tunnel, then applies its options. */
    private static void tunnel(LocalizedText name, JsonObject a, String prefix, String path, JsonLineIndex index,
            List<TunnelDraft> drafts, Routing routing) throws SampleFormatException {
        String address = string(a, prefix + "address");
        if (address == null || address.isBlank()) {
            return; // older provider versions, or a connection still being created
        }
        TunnelDraft draft = drafts.stream().filter(d -> address.equals(d.awsOutsideAddress)).findFirst().orElse(null);
        if (draft == null) {
            LocalizedText shown = Ipv4.isAddress(address) ? new LocalizedText(address, address) : QuotedValue.of(address);
            throw new SampleFormatException(Messages.text("aws.terraform.addressNoTunnel", "resource", name,
                    "attribute", prefix + "address", "address", shown));
        }
        LocalizedText what = Messages.text("aws.terraform.tunnel", "resource", name,
                "tunnel", prefix.substring(0, prefix.length() - 1), "address", address);
        String key = string(a, prefix + "preshared_key");
        if (key != null && !key.isEmpty() && draft.presharedKey != null && !draft.presharedKey.matches(key)) {
            throw new SampleFormatException(Messages.text("aws.terraform.keyDiffers", "what", what,
                    "attribute", prefix + "preshared_key"));
        }
        String cidr = string(a, prefix + "inside_cidr");
        if (cidr != null && !cidr.isEmpty() && draft.insideNetwork != null
                && !draft.insideNetwork.equals(InsideNetwork.parseCidr(cidr))) {
            throw new SampleFormatException(Messages.text("aws.terraform.cidrDiffers", "what", what,
                    "attribute", prefix + "inside_cidr", "value", QuotedValue.of(cidr), "network", draft.insideNetwork.cidr()));
        }
        same(what, prefix + "cgw_inside_address", string(a, prefix + "cgw_inside_address"), draft.customerInsideAddress);
        same(what, prefix + "vgw_inside_address", string(a, prefix + "vgw_inside_address"), draft.awsInsideAddress);
        String asn = string(a, prefix + "bgp_asn");
        if (routing == Routing.BGP && asn != null && !asn.isEmpty() && draft.awsAsn != null
                && !asn.equals(String.valueOf(draft.awsAsn))) {
            throw new SampleFormatException(Messages.text("aws.terraform.asnDiffers", "what", what,
                    "attribute", prefix + "bgp_asn", "value", QuotedValue.of(asn), "asn", String.valueOf(draft.awsAsn)));
        }
        JsonObject options = new JsonObject();
        for (Map.Entry<String, String> option : OPTIONS.entrySet()) {
            JsonElement value = a.get(prefix + option.getValue());
            if (stated(value)) {
                options.add(option.getKey(), value);
            }
        }
        DescribeVpnConnectionsReader.override(name, options,
                DescribeVpnConnectionsReader.KeyLines.of(index, path, k -> prefix + OPTIONS.get(k)), drafts);
    }

    /** Terraform writes unset options as null, "", 0 or an empty list. */
    private static boolean stated(JsonElement value) {
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (value.isJsonArray()) {
            return !value.getAsJsonArray().isEmpty();
        }
        if (value instanceof JsonPrimitive p) {
            String text = p.getAsString().trim();
            return !text.isEmpty() && !text.equals("0");
        }
        return false;
    }

    private static void same(LocalizedText what, String attribute, String value, Integer expected) throws SampleFormatException {
        if (value == null || value.isEmpty() || expected == null) {
            return;
        }
        Integer address = Ipv4.parse(value.strip());
        if (address == null || address.intValue() != expected.intValue()) {
            throw new SampleFormatException(Messages.text("aws.terraform.addressDiffers", "what", what,
                    "attribute", attribute, "value", QuotedValue.of(value), "address", Ipv4.format(expected)));
        }
    }

    private static Boolean bool(JsonElement element) {
        if (element instanceof JsonPrimitive p) {
            String text = p.getAsString().toLowerCase(Locale.ROOT);
            if (text.equals("true") || text.equals("false")) {
                return Boolean.valueOf(text);
            }
        }
        return null;
    }

    private static String string(JsonObject object, String key) {
        return object.get(key) instanceof JsonPrimitive p && !p.isJsonNull() ? p.getAsString() : null;
    }
}
