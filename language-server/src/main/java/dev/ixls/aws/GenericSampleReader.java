package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import dev.ixls.syntax.SourceText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "Generic" text sample: {@code IPsec Tunnel #1} underlined with {@code =====}, sections
 * {@code #1: Internet Key Exchange Configuration} to {@code #4: Border Gateway Protocol (BGP)
 * Configuration:}, and values as {@code - Label : value} lines with irregular spacing.
 *
 * <p>Values are found by label, within their tunnel and section, never by line position. The
 * same label means different things in different places ({@code Lifetime} in IKE and IPsec,
 * {@code Customer Gateway} under "Outside IP Addresses" and "Inside IP Addresses"), so a value
 * is keyed by section, sub-heading and label.
 */
final class GenericSampleReader {

    private static final Pattern TUNNEL_HEADING = Pattern.compile("\\s*IPsec\\s+Tunnel\\s+#(\\d+)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SECTION_HEADING = Pattern.compile("\\s*#(\\d+):?\\s*(.*?)\\s*");
    private static final Pattern FIELD = Pattern.compile("\\s*-\\s*([^:]*?)\\s*:\\s*(.*?)\\s*");
    private static final Pattern HEADER_FIELD = Pattern.compile("\\s*(Your\\s+[^:]*?)\\s*:\\s*(.*?)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IKE_WORD = Pattern.compile("\\bike\\b");
    private static final Pattern LEADING_NUMBER = Pattern.compile("(\\d{1,9})\\b.*");

    private GenericSampleReader() {
    }

    private enum Section {
        NONE, IKE, IPSEC, INTERFACE, BGP, STATIC
    }

    private enum Addresses {
        NONE, OUTSIDE, INSIDE
    }

    /** A value and its zero-based line. */
    private record Value(String text, int line) {
    }

    /** The fields of one tunnel, keyed {@code section/addresses/label}. */
    private static final class TunnelFields {
        final int heading;
        final Map<String, Value> fields = new HashMap<>();

        TunnelFields(int heading) {
            this.heading = heading;
        }

        Value get(Section section, Addresses addresses, String label) {
            return fields.get(key(section, addresses, label));
        }

        /** A field of a section, whatever sub-heading it appeared under. */
        Value get(Section section, String label) {
            for (Addresses addresses : Addresses.values()) {
                Value value = get(section, addresses, label);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        /** A field whose label is unique in a tunnel, in whichever section it appears. */
        Value anywhere(String label) {
            for (Section section : Section.values()) {
                Value value = get(section, label);
                if (value != null) {
                    return value;
                }
            }
            return null;
        }

        static String key(Section section, Addresses addresses, String label) {
            return section + "/" + addresses + "/" + label;
        }
    }

    static AwsSample read(String text) throws SampleFormatException {
        SourceText source = new SourceText(text);
        String connectionId = null;
        List<TunnelFields> tunnels = new ArrayList<>();
        TunnelFields current = null;
        Section section = Section.NONE;
        Addresses addresses = Addresses.NONE;
        boolean anyBgpSection = false;
        for (int i = 0; i < source.lineCount(); i++) {
            String line = source.line(i);
            Matcher m = TUNNEL_HEADING.matcher(line);
            if (m.matches()) {
                current = new TunnelFields(Integer.parseInt(m.group(1)));
                tunnels.add(current);
                section = Section.NONE;
                addresses = Addresses.NONE;
                continue;
            }
            if (current == null) {
                Matcher header = HEADER_FIELD.matcher(line);
                if (header.matches() && normalise(header.group(1)).equals("your vpn connection id")
                        && header.group(2).matches("vpn-[0-9a-fA-F]{8,17}")) {
                    connectionId = header.group(2);
                }
                continue;
            }
            m = SECTION_HEADING.matcher(line);
            if (m.matches()) {
                section = section(m.group(1), m.group(2));
                anyBgpSection |= section == Section.BGP;
                addresses = Addresses.NONE;
                continue;
            }
            m = FIELD.matcher(line);
            if (m.matches()) {
                String label = awsSide(normalise(m.group(1)));
                // `- Customer Gateway:        : 203.0.113.10` (a colon too many, in every rendering since 2009)
                String value = m.group(2).startsWith(":") ? m.group(2).substring(1).strip() : m.group(2);
                Addresses where = addresses;
                if (where == Addresses.NONE && section == Section.INTERFACE
                        && (label.equals("customer gateway") || label.equals("virtual private gateway"))) {
                    // no "Outside/Inside IP Addresses" sub-heading: an inside address is written with /30
                    where = value.contains("/") ? Addresses.INSIDE : Addresses.OUTSIDE;
                }
                String key = TunnelFields.key(section, where, label);
                current.fields.putIfAbsent(key, new Value(value, i));
                continue;
            }
            String lower = normalise(line);
            if (lower.startsWith("outside ip address")) {
                addresses = Addresses.OUTSIDE;
            } else if (lower.startsWith("inside ip address")) {
                addresses = Addresses.INSIDE;
            }
        }
        if (tunnels.isEmpty()) {
            throw new SampleFormatException(Messages.text("aws.generic.noTunnelSection"));
        }
        if (tunnels.size() > 2) {
            throw new SampleFormatException(Messages.text("aws.generic.tooManySections", "count", tunnels.size()));
        }
        List<TunnelDraft> drafts = new ArrayList<>();
        boolean bgp = false;
        for (int i = 0; i < tunnels.size(); i++) {
            TunnelDraft draft = tunnel(tunnels.get(i), i + 1);
            bgp |= draft.awsAsn != null || draft.customerAsn != null || draft.customerAsnPlaceholder != null;
            drafts.add(draft);
        }
        List<SampleNote> notes = new ArrayList<>();
        List<AwsTunnel> built = TunnelDraft.buildAll(drafts, notes);
        for (int i = 0; i < tunnels.size(); i++) {
            Value mtu = tunnels.get(i).anywhere("tunnel interface mtu");
            Matcher m = mtu == null ? null : LEADING_NUMBER.matcher(mtu.text());
            if (m != null && m.matches()) {
                notes.add(SampleNote.of(SampleNote.Kind.TUNNEL_MTU, i + 1, mtu.line(), m.group(1)));
            }
        }
        return new AwsSample(connectionId, bgp || anyBgpSection ? Routing.BGP : Routing.STATIC, SampleFormat.GENERIC,
                built, notes);
    }

    private static Section section(String number, String title) {
        String t = normalise(title);
        if (t.contains("internet key exchange") || IKE_WORD.matcher(t).find()) {
            return Section.IKE;
        }
        if (t.contains("ipsec")) {
            return Section.IPSEC;
        }
        if (t.contains("tunnel interface")) {
            return Section.INTERFACE;
        }
        if (t.contains("border gateway protocol") || t.contains("bgp")) {
            return Section.BGP;
        }
        if (t.contains("static rout")) {
            return Section.STATIC;
        }
        // an unfamiliar title: fall back on the sample's fixed numbering
        return switch (number) {
            case "1" -> Section.IKE;
            case "2" -> Section.IPSEC;
            case "3" -> Section.INTERFACE;
            default -> Section.NONE;
        };
    }

    private static String normalise(String label) {
        return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /**
     * The 2009 rendering (XSL version 2009-07-15-207071) calls AWS's side "VPN Gateway" where
     * later ones say "Virtual Private Gateway"; both are read as the latter.
     */
    private static String awsSide(String label) {
        if (label.equals("vpn gateway")) {
            return "virtual private gateway";
        }
        return label.equals("vpn gateway asn") ? "virtual private gateway asn" : label;
    }

    private static TunnelDraft tunnel(TunnelFields fields, int number) throws SampleFormatException {
        TunnelDraft draft = new TunnelDraft();

        Value awsOutside = fields.get(Section.INTERFACE, Addresses.OUTSIDE, "virtual private gateway");
        Value customerOutside = fields.get(Section.INTERFACE, Addresses.OUTSIDE, "customer gateway");
        Value awsInside = fields.get(Section.INTERFACE, Addresses.INSIDE, "virtual private gateway");
        Value customerInside = fields.get(Section.INTERFACE, Addresses.INSIDE, "customer gateway");
        if (awsOutside != null) {
            if (!Ipv4.isAddress(awsOutside.text())) {
                throw new SampleFormatException(Messages.text("aws.generic.awsOutsideNotIpv4", "where",
                        atLine(Messages.text("tunnel.number", "number", number), awsOutside)));
            }
            draft.awsOutsideAddress = awsOutside.text();
            draft.line(SampleField.AWS_OUTSIDE_ADDRESS, awsOutside.line());
        }
        LocalizedText name = draft.describe(number);
        if (customerOutside != null) {
            draft.customerOutsideAddress = customerOutside.text();
            draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, customerOutside.line());
        }
        inside(draft, name, customerInside, awsInside);

        Value key = fields.get(Section.IKE, "pre-shared key");
        if (key != null && !key.text().isEmpty()) {
            draft.presharedKey = new PresharedKey(key.text());
            draft.line(SampleField.PRESHARED_KEY, key.line());
        }
        ike(draft, name, fields);
        ipsec(draft, name, fields);

        Value interval = fields.anywhere("dpd interval");
        Value retries = fields.anywhere("dpd retries");
        if (interval != null) {
            draft.dpdIntervalSeconds = number(name, interval, "DPD Interval");
            draft.line(SampleField.DPD, interval.line());
        }
        if (retries != null) {
            draft.dpdRetries = number(name, retries, "DPD Retries");
        }
        Value mss = fields.anywhere("tcp mss adjustment");
        if (mss != null) {
            draft.tcpMss = number(name, mss, "TCP MSS Adjustment");
            draft.line(SampleField.TCP_MSS, mss.line());
        }

        Value customerAsn = fields.get(Section.BGP, "customer gateway asn");
        Value awsAsn = fields.get(Section.BGP, "virtual private gateway asn");
        Value hold = fields.get(Section.BGP, "neighbor hold time");
        Value neighbor = fields.get(Section.BGP, "neighbor ip address");
        if (customerAsn != null && Placeholders.isPlaceholder(customerAsn.text())) {
            // AWS's documented Generic sample: `- Customer Gateway ASN : YOUR_BGP_ASN`
            draft.customerAsnPlaceholder = customerAsn.text();
            draft.customerAsnPlaceholderLine = customerAsn.line();
            draft.line(SampleField.CUSTOMER_ASN, customerAsn.line());
        } else if (customerAsn != null) {
            draft.customerAsn = asn(name, customerAsn, "Customer Gateway ASN");
            draft.line(SampleField.CUSTOMER_ASN, customerAsn.line());
        }
        if (awsAsn != null) {
            draft.awsAsn = asn(name, awsAsn, "Virtual Private Gateway ASN");
            draft.line(SampleField.AWS_ASN, awsAsn.line());
        }
        if (hold != null) {
            draft.holdTime = number(name, hold, "Neighbor Hold Time");
            draft.line(SampleField.HOLD_TIME, hold.line());
        }
        if (neighbor != null && draft.awsInsideAddress == null) {
            draft.awsInsideAddress = Ipv4.parse(neighbor.text());
        }
        return draft;
    }

    private static void inside(TunnelDraft draft, LocalizedText name, Value customer, Value aws) throws SampleFormatException {
        Value known = customer != null ? customer : aws;
        if (known == null) {
            return;
        }
        InsideNetwork network = InsideNetwork.parseCidr(known.text());
        if (network == null) {
            throw new SampleFormatException(Messages.text("aws.generic.insideNotSlash30", "where", atLine(name, known)));
        }
        draft.insideNetwork = network;
        draft.line(SampleField.INSIDE_ADDRESSES, known.line());
        if (customer != null) {
            draft.customerInsideAddress = address(name, customer);
        }
        if (aws != null) {
            draft.awsInsideAddress = address(name, aws);
            InsideNetwork awsNetwork = InsideNetwork.parseCidr(aws.text());
            if (!network.equals(awsNetwork)) {
                throw new SampleFormatException(Messages.text("aws.generic.insideNotOneNetwork", "tunnel", name,
                        "first", known.line() + 1, "second", aws.line() + 1));
            }
        }
    }

    private static Integer address(LocalizedText name, Value value) throws SampleFormatException {
        String text = value.text();
        int slash = text.indexOf('/');
        Integer address = Ipv4.parse((slash < 0 ? text : text.substring(0, slash)).strip());
        if (address == null) {
            throw new SampleFormatException(Messages.text("aws.generic.notIpv4", "where", atLine(name, value)));
        }
        return address;
    }

    private static void ike(TunnelDraft draft, LocalizedText name, TunnelFields fields) throws SampleFormatException {
        Value encryption = fields.get(Section.IKE, "encryption algorithm");
        Value integrity = fields.get(Section.IKE, "authentication algorithm");
        Value group = fields.get(Section.IKE, "diffie-hellman");
        String groupLabel = "Diffie-Hellman";
        if (group == null) {
            // The 2009 rendering labels phase 1's DH group "Perfect Forward Secrecy" (its stylesheet
            // prints the XML's <ike><perfect_forward_secrecy> under the IPsec section's label).
            group = fields.get(Section.IKE, "perfect forward secrecy");
            groupLabel = "Perfect Forward Secrecy";
        }
        Value lifetime = fields.get(Section.IKE, "lifetime");
        if (encryption == null && integrity == null && group == null && lifetime == null) {
            return;
        }
        LocalizedText what = Messages.text("aws.partOf", "whole", name, "part", "#1 Internet Key Exchange");
        Value mode = fields.get(Section.IKE, "phase 1 negotiation mode");
        Value version = fields.get(Section.IKE, "ike version");
        List<String> versions = List.of();
        if (version != null) {
            String v = version.text().toLowerCase(Locale.ROOT).replace(" ", "");
            if (v.equals("ikev1") || v.equals("ikev2")) {
                versions = List.of(v);
            }
        }
        draft.ike = new IkeParameters(List.of(cipher(what, encryption)), List.of(integrity(what, integrity)),
                List.of(group(what, group, groupLabel)), seconds(what, lifetime),
                mode == null ? null : mode.text().toLowerCase(Locale.ROOT), versions);
        draft.line(SampleField.IKE, firstLine(encryption, integrity, group, lifetime));
    }

    private static void ipsec(TunnelDraft draft, LocalizedText name, TunnelFields fields) throws SampleFormatException {
        Value encryption = fields.get(Section.IPSEC, "encryption algorithm");
        Value integrity = fields.get(Section.IPSEC, "authentication algorithm");
        Value pfs = fields.get(Section.IPSEC, "perfect forward secrecy");
        Value lifetime = fields.get(Section.IPSEC, "lifetime");
        if (encryption == null && integrity == null && pfs == null && lifetime == null) {
            return;
        }
        LocalizedText what = Messages.text("aws.partOf", "whole", name, "part", "#2 IPsec");
        draft.ipsec = new IpsecParameters(List.of(cipher(what, encryption)), List.of(integrity(what, integrity)),
                List.of(group(what, pfs, "Perfect Forward Secrecy")), seconds(what, lifetime));
        draft.line(SampleField.IPSEC, firstLine(encryption, integrity, pfs, lifetime));
    }

    private static int firstLine(Value... values) {
        int best = -1;
        for (Value value : values) {
            if (value != null && (best < 0 || value.line() < best)) {
                best = value.line();
            }
        }
        return best;
    }

    /** Where a value stands: {@code tunnel 1 (AWS 203.0.113.1) (line 40)}. */
    private static LocalizedText atLine(LocalizedText what, Value value) {
        return Messages.text("aws.atLine", "what", what, "line", value.line() + 1);
    }

    /** A field the sample's section lacks, named by the sample's own label. */
    private static SampleFormatException noField(LocalizedText what, String label) {
        return new SampleFormatException(Messages.text("aws.generic.noField", "what", what, "label", label));
    }

    private static SampleFormatException notUnderstood(LocalizedText what, Value value, String label) {
        return new SampleFormatException(Messages.text("aws.notUnderstood", "where", atLine(what, value),
                "item", label, "value", QuotedValue.of(value.text())));
    }

    private static Cipher cipher(LocalizedText what, Value value) throws SampleFormatException {
        if (value == null) {
            throw noField(what, "Encryption Algorithm");
        }
        Cipher cipher = AlgorithmNames.cipher(value.text());
        if (cipher == null) {
            throw notUnderstood(what, value, "Encryption Algorithm");
        }
        return cipher;
    }

    private static Integrity integrity(LocalizedText what, Value value) throws SampleFormatException {
        if (value == null) {
            throw noField(what, "Authentication Algorithm");
        }
        Integrity integrity = AlgorithmNames.integrity(value.text());
        if (integrity == null) {
            throw notUnderstood(what, value, "Authentication Algorithm");
        }
        return integrity;
    }

    private static int group(LocalizedText what, Value value, String label) throws SampleFormatException {
        if (value == null) {
            throw noField(what, label);
        }
        Integer group = AlgorithmNames.dhGroup(value.text());
        if (group == null) {
            throw new SampleFormatException(Messages.text("aws.generic.notDhGroup", "where", atLine(what, value),
                    "label", label, "value", QuotedValue.of(value.text())));
        }
        return group;
    }

    private static int seconds(LocalizedText what, Value value) throws SampleFormatException {
        if (value == null) {
            throw noField(what, "Lifetime");
        }
        return number(what, value, "Lifetime");
    }

    /** The leading whole number of a value such as {@code 28800 seconds} or {@code 1379 bytes}. */
    private static int number(LocalizedText what, Value value, String label) throws SampleFormatException {
        Matcher m = LEADING_NUMBER.matcher(value.text());
        if (!m.matches()) {
            throw new SampleFormatException(Messages.text("aws.generic.notNumber", "where", atLine(what, value), "label", label));
        }
        return Integer.parseInt(m.group(1));
    }

    private static long asn(LocalizedText what, Value value, String label) throws SampleFormatException {
        if (!value.text().matches("\\d{1,10}")) {
            throw new SampleFormatException(Messages.text("aws.generic.notAsn", "where", atLine(what, value), "label", label));
        }
        return Long.parseLong(value.text());
    }
}
