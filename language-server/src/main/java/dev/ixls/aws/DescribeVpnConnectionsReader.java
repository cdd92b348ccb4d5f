package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the output of {@code aws ec2 describe-vpn-connections} ({@code {"VpnConnections": [...]}}),
 * a bare connection object, or an array of them.
 *
 * <p>Each connection's {@code CustomerGatewayConfiguration} XML gives the base facts. The XML only
 * ever shows AWS's minimum parameters, so the tunnel options ({@code Options.TunnelOptions},
 * matched to XML tunnels by {@code OutsideIpAddress}, never by position) override algorithms, DH
 * groups, lifetimes, IKE versions, the pre-shared key and the inside CIDR where they state them.
 */
final class DescribeVpnConnectionsReader {

    private static final Pattern GSON_LOCATION = Pattern.compile("line (\\d+) column (\\d+)");
    private static final Set<String> GONE_STATES = Set.of("deleted", "deleting");
    private static final TypeAdapter<JsonElement> TREE = new Gson().getAdapter(JsonElement.class);

    private DescribeVpnConnectionsReader() {
    }

    static List<AwsSample> readAll(String text) throws SampleFormatException {
        JsonElement root = parse(text);
        JsonLineIndex index = JsonLineIndex.of(text);
        List<JsonObject> connections = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        if (root.isJsonObject() && root.getAsJsonObject().has("VpnConnections")) {
            JsonElement list = root.getAsJsonObject().get("VpnConnections");
            if (!list.isJsonArray()) {
                throw new SampleFormatException(Messages.text("aws.describe.notArray"));
            }
            collect(list.getAsJsonArray(), "VpnConnections", connections, paths);
        } else if (root.isJsonObject() && root.getAsJsonObject().get("VpnConnection") instanceof JsonObject one) {
            // `aws ec2 create-vpn-connection` / `modify-vpn-connection` print {"VpnConnection": {...}}
            connections.add(one);
            paths.add("VpnConnection");
        } else if (root.isJsonArray()) {
            collect(root.getAsJsonArray(), "", connections, paths);
        } else if (root.isJsonObject() && isConnection(root.getAsJsonObject())) {
            connections.add(root.getAsJsonObject());
            paths.add("");
        } else {
            throw new SampleFormatException(Messages.text("aws.describe.noConnections"));
        }
        List<AwsSample> samples = new ArrayList<>();
        for (int i = 0; i < connections.size(); i++) {
            AwsSample sample = connection(connections.get(i), paths.get(i), index);
            if (sample != null) {
                samples.add(sample);
            }
        }
        if (samples.isEmpty()) {
            throw new SampleFormatException(Messages.text("aws.describe.noConfiguration"));
        }
        return List.copyOf(samples);
    }

    /** Parses strictly: AWS writes standard JSON, and leniency would accept half-broken values. */
    static JsonElement parse(String text) throws SampleFormatException {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement root = TREE.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new SampleFormatException(Messages.text("aws.json.moreAfterEnd"));
            }
            return root;
        } catch (IOException | JsonParseException | IllegalStateException e) {
            // Gson's messages are about syntax, but say only where, in our own words.
            Matcher m = GSON_LOCATION.matcher(String.valueOf(e.getMessage()));
            throw new SampleFormatException(m.find()
                    ? Messages.text("aws.json.notWellFormedAt", "line", m.group(1), "column", m.group(2))
                    : Messages.text("aws.json.notWellFormed"));
        } catch (StackOverflowError e) {
            throw new SampleFormatException(Messages.text("aws.json.tooDeep"));
        }
    }

    private static void collect(JsonArray array, String path, List<JsonObject> connections, List<String> paths)
            throws SampleFormatException {
        for (int i = 0; i < array.size(); i++) {
            JsonElement element = array.get(i);
            if (!element.isJsonObject()) {
                throw new SampleFormatException(Messages.text("aws.describe.notObject", "number", i + 1));
            }
            connections.add(element.getAsJsonObject());
            paths.add(JsonLineIndex.element(path, i));
        }
    }

    static boolean isConnection(JsonObject object) {
        return object.has("VpnConnectionId") || object.has("CustomerGatewayConfiguration");
    }

    /** One connection, or null for a deleted connection that no longer has a configuration. */
    private static AwsSample connection(JsonObject json, String path, JsonLineIndex index) throws SampleFormatException {
        String id = string(json, "VpnConnectionId");
        LocalizedText name = id != null ? Messages.text("aws.describe.connection", "id", QuotedValue.name(id))
                : Messages.text("aws.describe.connectionWithoutId");
        String configuration = string(json, "CustomerGatewayConfiguration");
        if (configuration == null) {
            String state = string(json, "State");
            if (state != null && GONE_STATES.contains(state.toLowerCase(Locale.ROOT))) {
                return null;
            }
            throw new SampleFormatException(Messages.text("aws.describe.connectionNoConfiguration", "connection", name));
        }
        int configurationLine = index.line(JsonLineIndex.child(path, "CustomerGatewayConfiguration"));
        CustomerGatewayXmlReader.XmlConnection xml;
        try {
            xml = CustomerGatewayXmlReader.parse(configuration, line -> configurationLine);
        } catch (SampleFormatException e) {
            throw new SampleFormatException(Messages.text("aws.in", "where",
                    Messages.text("aws.partOf", "whole", name, "part", "CustomerGatewayConfiguration"),
                    "problem", e.text()));
        }
        if (id != null && xml.connectionId() != null && !id.equals(xml.connectionId())) {
            throw new SampleFormatException(Messages.text("aws.describesOther", "connection", name,
                    "field", "CustomerGatewayConfiguration", "other", QuotedValue.name(xml.connectionId())));
        }
        Routing routing = xml.routing();
        JsonObject options = object(json, "Options");
        String optionsPath = JsonLineIndex.child(path, "Options");
        if (options != null && options.has("StaticRoutesOnly")) {
            routing = bool(options, "StaticRoutesOnly", name) ? Routing.STATIC : Routing.BGP;
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
        JsonElement tunnelOptions = options == null ? null : options.get("TunnelOptions");
        if (tunnelOptions != null && !tunnelOptions.isJsonNull()) {
            if (!tunnelOptions.isJsonArray()) {
                throw new SampleFormatException(Messages.text("aws.describe.tunnelOptionsNotArray", "connection", name));
            }
            String listPath = JsonLineIndex.child(optionsPath, "TunnelOptions");
            JsonArray list = tunnelOptions.getAsJsonArray();
            for (int i = 0; i < list.size(); i++) {
                if (!list.get(i).isJsonObject()) {
                    throw new SampleFormatException(Messages.text("aws.describe.entryNotObject", "connection", name, "number", i + 1));
                }
                String entryPath = JsonLineIndex.element(listPath, i);
                override(name, list.get(i).getAsJsonObject(), KeyLines.of(index, entryPath, k -> k), xml.tunnels());
            }
        }
        List<AwsTunnel> tunnels;
        List<SampleNote> notes = new ArrayList<>();
        try {
            tunnels = TunnelDraft.buildAll(xml.tunnels(), notes);
        } catch (SampleFormatException e) {
            throw new SampleFormatException(Messages.text("aws.in", "where", name, "problem", e.text()));
        }
        return new AwsSample(id != null ? id : xml.connectionId(), routing, SampleFormat.DESCRIBE_JSON, tunnels, notes);
    }

    /**
     * Where each option of one tunnel's options sits: the line of a key, or of the options as a
     * whole. TunnelOptions name them as AWS does; Terraform state under its own attribute names.
     */
    record KeyLines(JsonLineIndex index, String path, Function<String, String> keyName) {
        static KeyLines of(JsonLineIndex index, String path, Function<String, String> keyName) {
            return new KeyLines(index, path, keyName);
        }

        int line(String key) {
            return index.line(JsonLineIndex.child(path, keyName.apply(key)));
        }

        int whole() {
            return index.line(path);
        }
    }

    /**
     * Overrides an XML tunnel's facts with the tunnel options AWS states for it (matched by
     * {@code OutsideIpAddress}); {@code options} uses the TunnelOptions key names.
     */
    static void override(LocalizedText name, JsonObject options, KeyLines at, List<TunnelDraft> drafts)
            throws SampleFormatException {
        String outside = string(options, "OutsideIpAddress");
        if (outside == null) {
            throw new SampleFormatException(Messages.text("aws.describe.noOutside", "connection", name));
        }
        TunnelDraft draft = drafts.stream().filter(d -> outside.equals(d.awsOutsideAddress)).findFirst().orElse(null);
        if (draft == null) {
            LocalizedText shown = Ipv4.isAddress(outside) ? new LocalizedText(outside, outside) : QuotedValue.of(outside);
            throw new SampleFormatException(Messages.text("aws.describe.noMatchingTunnel", "connection", name,
                    "address", shown));
        }
        LocalizedText where = Messages.text("aws.describe.tunnel", "connection", name, "address", draft.awsOutsideAddress);

        String cidr = string(options, "TunnelInsideCidr");
        if (cidr != null) {
            InsideNetwork network = InsideNetwork.parseCidr(cidr);
            if (network == null) {
                throw new SampleFormatException(Messages.text("aws.describe.cidrNotSlash30", "where", where,
                        "value", QuotedValue.of(cidr)));
            }
            if (!network.equals(draft.insideNetwork)) {
                // The XML's own inside addresses belong to another network: take AWS's convention.
                draft.insideNetwork = network;
                draft.awsInsideAddress = network.firstUsable();
                draft.customerInsideAddress = network.secondUsable();
            }
            draft.line(SampleField.INSIDE_ADDRESSES, at.line("TunnelInsideCidr"));
        }
        if (options.has("PreSharedKey") && !options.get("PreSharedKey").isJsonNull()
                && string(options, "PreSharedKey") == null) {
            throw new SampleFormatException(Messages.text("aws.describe.keyNotString", "where", where));
        }
        String key = string(options, "PreSharedKey");
        if (key != null && !key.isBlank()) {
            draft.presharedKey = new PresharedKey(key);
            draft.line(SampleField.PRESHARED_KEY, at.line("PreSharedKey"));
        }

        IkeParameters ike = draft.ike;
        List<Cipher> phase1Ciphers = values(where, options, "Phase1EncryptionAlgorithms", AlgorithmNames::cipher);
        List<Integrity> phase1Integrity =
                values(where, options, "Phase1IntegrityAlgorithms", AlgorithmNames::integrity);
        List<Integer> phase1Groups = groups(where, options, "Phase1DHGroupNumbers");
        Integer phase1Lifetime = integer(where, options, "Phase1LifetimeSeconds");
        List<String> versions = values(where, options, "IkeVersions", DescribeVpnConnectionsReader::ikeVersion);
        if (phase1Ciphers != null || phase1Integrity != null || phase1Groups != null || phase1Lifetime != null
                || versions != null) {
            if (ike == null) {
                throw new SampleFormatException(Messages.text("aws.describe.optionsWithoutXml", "where", where, "element", "ike"));
            }
            draft.ike = new IkeParameters(or(phase1Ciphers, ike.encryption()), or(phase1Integrity, ike.integrity()),
                    or(phase1Groups, ike.dhGroups()), phase1Lifetime != null ? phase1Lifetime : ike.lifetimeSeconds(),
                    ike.mode(), or(versions, ike.versions()));
            draft.line(SampleField.IKE, firstLine(at, "Phase1EncryptionAlgorithms",
                    "Phase1IntegrityAlgorithms", "Phase1DHGroupNumbers", "Phase1LifetimeSeconds", "IkeVersions"));
            stated(draft, at, phase1Ciphers, SampleField.PHASE1_ENCRYPTION, "Phase1EncryptionAlgorithms");
            stated(draft, at, phase1Integrity, SampleField.PHASE1_INTEGRITY, "Phase1IntegrityAlgorithms");
            stated(draft, at, phase1Groups, SampleField.PHASE1_DH_GROUPS, "Phase1DHGroupNumbers");
            stated(draft, at, phase1Lifetime, SampleField.PHASE1_LIFETIME, "Phase1LifetimeSeconds");
            stated(draft, at, versions, SampleField.IKE_VERSIONS, "IkeVersions");
        }

        IpsecParameters ipsec = draft.ipsec;
        List<Cipher> phase2Ciphers = values(where, options, "Phase2EncryptionAlgorithms", AlgorithmNames::cipher);
        List<Integrity> phase2Integrity =
                values(where, options, "Phase2IntegrityAlgorithms", AlgorithmNames::integrity);
        List<Integer> phase2Groups = groups(where, options, "Phase2DHGroupNumbers");
        Integer phase2Lifetime = integer(where, options, "Phase2LifetimeSeconds");
        if (phase2Ciphers != null || phase2Integrity != null || phase2Groups != null || phase2Lifetime != null) {
            if (ipsec == null) {
                throw new SampleFormatException(Messages.text("aws.describe.optionsWithoutXml", "where", where, "element", "ipsec"));
            }
            draft.ipsec = new IpsecParameters(or(phase2Ciphers, ipsec.encryption()),
                    or(phase2Integrity, ipsec.integrity()), or(phase2Groups, ipsec.pfsGroups()),
                    phase2Lifetime != null ? phase2Lifetime : ipsec.lifetimeSeconds());
            draft.line(SampleField.IPSEC, firstLine(at, "Phase2EncryptionAlgorithms",
                    "Phase2IntegrityAlgorithms", "Phase2DHGroupNumbers", "Phase2LifetimeSeconds"));
            stated(draft, at, phase2Ciphers, SampleField.PHASE2_ENCRYPTION, "Phase2EncryptionAlgorithms");
            stated(draft, at, phase2Integrity, SampleField.PHASE2_INTEGRITY, "Phase2IntegrityAlgorithms");
            stated(draft, at, phase2Groups, SampleField.PHASE2_DH_GROUPS, "Phase2DHGroupNumbers");
            stated(draft, at, phase2Lifetime, SampleField.PHASE2_LIFETIME, "Phase2LifetimeSeconds");
        }

        Integer dpdTimeout = integer(where, options, "DpdTimeoutSeconds");
        if (dpdTimeout != null) {
            draft.dpdTimeoutSeconds = dpdTimeout;
            draft.line(SampleField.DPD, at.line("DpdTimeoutSeconds"));
        }
    }

    /**
     * Marks a tunnel option the JSON states, with its line. The mark itself is what counts (it
     * makes the value authoritative, see AwsTunnel#states), so a line the index cannot place
     * falls back to the tunnel options' first line rather than dropping the mark.
     */
    private static void stated(TunnelDraft draft, KeyLines at, Object value, SampleField field, String key) {
        if (value == null) {
            return;
        }
        int line = at.line(key);
        draft.line(field, line >= 0 ? line : Math.max(0, at.whole()));
    }

    private static String ikeVersion(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return v.equals("ikev1") || v.equals("ikev2") ? v : null;
    }

    private static <T> List<T> or(List<T> override, List<T> base) {
        return override != null ? override : base;
    }

    private static int firstLine(KeyLines at, String... keys) {
        int best = -1;
        for (String key : keys) {
            int line = at.line(key);
            if (line >= 0 && (best < 0 || line < best)) {
                best = line;
            }
        }
        return best;
    }

    /** A {@code [{"Value": "AES128"}, ...]} list mapped to the model; null when absent or empty. */
    private static <T> List<T> values(LocalizedText where, JsonObject options, String key,
            Function<String, T> mapping) throws SampleFormatException {
        JsonArray array = array(where, options, key);
        if (array == null) {
            return null;
        }
        List<T> values = new ArrayList<>();
        for (JsonElement element : array) {
            JsonElement value = element.isJsonObject() ? element.getAsJsonObject().get("Value") : element;
            String text = value != null && value.isJsonPrimitive() ? value.getAsString() : null;
            T mapped = text == null ? null : mapping.apply(text);
            if (mapped == null) {
                throw new SampleFormatException(Messages.text("aws.describe.notUnderstood", "where", where, "key", key,
                        "value", QuotedValue.of(text)));
            }
            if (!values.contains(mapped)) {
                values.add(mapped);
            }
        }
        return values.isEmpty() ? null : List.copyOf(values);
    }

    private static List<Integer> groups(LocalizedText where, JsonObject options, String key)
            throws SampleFormatException {
        return values(where, options, key, AlgorithmNames::dhGroup);
    }

    private static JsonArray array(LocalizedText where, JsonObject options, String key)
            throws SampleFormatException {
        JsonElement element = options.get(key);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (!element.isJsonArray()) {
            throw new SampleFormatException(Messages.text("aws.describe.notList", "where", where, "key", key));
        }
        return element.getAsJsonArray();
    }

    private static Integer integer(LocalizedText where, JsonObject options, String key)
            throws SampleFormatException {
        JsonElement element = options.get(key);
        if (element == null || element.isJsonNull()) {
            return null;
        }
        if (element.isJsonPrimitive()) {
            String text = element.getAsString().trim();
            if (text.matches("[0-9]{1,9}")) {
                return Integer.valueOf(text);
            }
        }
        throw new SampleFormatException(Messages.text("aws.describe.notWholeNumber", "where", where, "key", key));
    }

    private static boolean bool(JsonObject object, String key, LocalizedText name) throws SampleFormatException {
        JsonElement element = object.get(key);
        if (element.isJsonPrimitive() && element.getAsJsonPrimitive().isBoolean()) {
            return element.getAsBoolean();
        }
        if (element.isJsonPrimitive()) {
            String text = element.getAsString();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text.toLowerCase(Locale.ROOT));
            }
        }
        throw new SampleFormatException(Messages.text("aws.describe.notBoolean", "connection", name, "key", key));
    }

    private static String string(JsonObject object, String key) {
        JsonElement element = object.get(key);
        if (element instanceof JsonPrimitive primitive && primitive.isString()) {
            return primitive.getAsString();
        }
        return null;
    }

    private static JsonObject object(JsonObject object, String key) {
        JsonElement element = object.get(key);
        return element != null && element.isJsonObject() ? element.getAsJsonObject() : null;
    }
}
