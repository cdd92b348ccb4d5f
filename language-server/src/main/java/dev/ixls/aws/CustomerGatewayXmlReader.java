package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.crypto.Cipher;
import dev.ixls.model.crypto.Integrity;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code CustomerGatewayConfiguration} XML, the neutral document every vendor sample
 * is rendered from: {@code <vpn_connection id="vpn-...">} with two {@code <ipsec_tunnel>}s.
 * {@code <vpn_connection_attributes>NoBGPVPNConnection</vpn_connection_attributes>} marks static
 * routing.
 *
 * <p>The JDK's StAX parser is used with DTDs and external entities disabled, so a document can
 * neither read local files nor reach the network.
 */
final class CustomerGatewayXmlReader {

    /** The connection as the XML states it, before tunnel options (JSON) override anything. */
    record XmlConnection(String connectionId, Routing routing, List<TunnelDraft> tunnels) {
    }

    private CustomerGatewayXmlReader() {
    }

    static AwsSample read(String xml) throws SampleFormatException {
        XmlConnection connection = parse(xml, IntUnaryOperator.identity());
        List<SampleNote> notes = new ArrayList<>();
        List<AwsTunnel> tunnels = TunnelDraft.buildAll(connection.tunnels(), notes);
        return new AwsSample(connection.connectionId(), connection.routing(), SampleFormat.XML, tunnels, notes);
    }

    /**
     * Parses the document into tunnel drafts.
     *
     * @param lineOf maps a zero-based line of the XML to the line reported for a field (the XML
     *               inside a JSON string sits on one line of the JSON file)
     */
    static XmlConnection parse(String xml, IntUnaryOperator lineOf) throws SampleFormatException {
        Element root = tree(xml);
        if (!root.name.equals("vpn_connection")) {
            throw new SampleFormatException(Messages.text("aws.xml.wrongRoot", "root", QuotedValue.name(root.name)));
        }
        String id = root.attributes.get("id");
        List<Element> tunnelElements = root.children("ipsec_tunnel");
        if (tunnelElements.isEmpty()) {
            throw new SampleFormatException(Messages.text("aws.xml.noTunnel"));
        }
        if (tunnelElements.size() > 2) {
            throw new SampleFormatException(Messages.text("aws.xml.tooManyTunnels", "count", tunnelElements.size()));
        }
        boolean staticRouting = "NoBGPVPNConnection".equalsIgnoreCase(root.text("vpn_connection_attributes"));
        List<TunnelDraft> drafts = new ArrayList<>();
        boolean anyBgp = false;
        for (int i = 0; i < tunnelElements.size(); i++) {
            TunnelDraft draft = tunnel(tunnelElements.get(i), i + 1, staticRouting, lineOf);
            anyBgp |= draft.awsAsn != null || draft.customerAsn != null;
            drafts.add(draft);
        }
        Routing routing = !staticRouting && anyBgp ? Routing.BGP : Routing.STATIC;
        return new XmlConnection(id == null || id.isBlank() ? null : id.strip(), routing, drafts);
    }

    private static TunnelDraft tunnel(Element tunnel, int number, boolean staticRouting, IntUnaryOperator lineOf)
            throws SampleFormatException {
        TunnelDraft draft = new TunnelDraft();
        Element vgw = tunnel.child("vpn_gateway");
        Element cgw = tunnel.child("customer_gateway");

        Element awsOutside = path(vgw, "tunnel_outside_address", "ip_address");
        if (awsOutside != null && !awsOutside.text.isEmpty()) {
            draft.awsOutsideAddress = awsOutside.text;
            draft.line(SampleField.AWS_OUTSIDE_ADDRESS, lineOf.applyAsInt(awsOutside.line));
        }
        LocalizedText name = draft.describe(number);
        if (draft.awsOutsideAddress != null && !Ipv4.isAddress(draft.awsOutsideAddress)) {
            throw new SampleFormatException(Messages.text("aws.xml.awsOutsideNotIpv4", "tunnel",
                    Messages.text("tunnel.number", "number", number), "value", QuotedValue.of(draft.awsOutsideAddress)));
        }
        Element customerOutside = path(cgw, "tunnel_outside_address", "ip_address");
        if (customerOutside != null) {
            draft.customerOutsideAddress = customerOutside.text;
            draft.line(SampleField.CUSTOMER_OUTSIDE_ADDRESS, lineOf.applyAsInt(customerOutside.line));
        }

        Element customerInside = path(cgw, "tunnel_inside_address", "ip_address");
        Element awsInside = path(vgw, "tunnel_inside_address", "ip_address");
        if (customerInside != null || awsInside != null) {
            Element known = customerInside != null ? customerInside : awsInside;
            Integer address = Ipv4.parse(known.text);
            if (address == null) {
                throw new SampleFormatException(Messages.text("aws.xml.insideNotIpv4", "tunnel", name));
            }
            Integer prefix = prefixLength(path(cgw, "tunnel_inside_address"));
            if (prefix == null) {
                prefix = prefixLength(path(vgw, "tunnel_inside_address"));
            }
            if (prefix == null) {
                throw new SampleFormatException(Messages.text("aws.xml.noPrefix", "tunnel", name));
            }
            draft.insideNetwork = InsideNetwork.of(address, prefix);
            if (draft.insideNetwork == null) {
                throw new SampleFormatException(Messages.text("aws.xml.notSlash30", "tunnel", name, "prefix", prefix));
            }
            if (customerInside != null) {
                draft.customerInsideAddress = address;
            }
            if (awsInside != null) {
                draft.awsInsideAddress = Ipv4.parse(awsInside.text);
                if (draft.awsInsideAddress == null) {
                    throw new SampleFormatException(Messages.text("aws.xml.awsInsideNotIpv4", "tunnel", name));
                }
            }
            draft.line(SampleField.INSIDE_ADDRESSES, lineOf.applyAsInt(known.line));
        }

        if (!staticRouting) {
            bgp(draft, name, cgw, vgw, lineOf);
        }

        Element ike = tunnel.child("ike");
        if (ike != null) {
            Element key = ike.child("pre_shared_key");
            if (key != null && !key.text.isEmpty()) {
                draft.presharedKey = new PresharedKey(key.text);
                draft.line(SampleField.PRESHARED_KEY, lineOf.applyAsInt(key.line));
            }
            draft.ike = new IkeParameters(List.of(cipher(name, ike)), List.of(integrity(name, ike)),
                    List.of(group(name, ike)), number(name, ike, "lifetime"), mode(ike), List.of());
            draft.line(SampleField.IKE, lineOf.applyAsInt(ike.line));
        }
        Element ipsec = tunnel.child("ipsec");
        if (ipsec != null) {
            draft.ipsec = new IpsecParameters(List.of(cipher(name, ipsec)), List.of(integrity(name, ipsec)),
                    List.of(group(name, ipsec)), number(name, ipsec, "lifetime"));
            draft.line(SampleField.IPSEC, lineOf.applyAsInt(ipsec.line));
            Element mss = ipsec.child("tcp_mss_adjustment");
            if (mss != null) {
                draft.tcpMss = optionalNumber(name, mss);
                draft.line(SampleField.TCP_MSS, lineOf.applyAsInt(mss.line));
            }
            Element dpd = ipsec.child("dead_peer_detection");
            if (dpd != null) {
                Element interval = dpd.child("interval");
                Element retries = dpd.child("retries");
                draft.dpdIntervalSeconds = interval == null ? null : optionalNumber(name, interval);
                draft.dpdRetries = retries == null ? null : optionalNumber(name, retries);
                draft.line(SampleField.DPD, lineOf.applyAsInt(dpd.line));
            }
        }
        return draft;
    }

    private static void bgp(TunnelDraft draft, LocalizedText name, Element cgw, Element vgw, IntUnaryOperator lineOf)
            throws SampleFormatException {
        Element customerAsn = path(cgw, "bgp", "asn");
        Element awsAsn = path(vgw, "bgp", "asn");
        if (customerAsn != null) {
            draft.customerAsn = asn(name, customerAsn);
            draft.line(SampleField.CUSTOMER_ASN, lineOf.applyAsInt(customerAsn.line));
        }
        if (awsAsn != null) {
            draft.awsAsn = asn(name, awsAsn);
            draft.line(SampleField.AWS_ASN, lineOf.applyAsInt(awsAsn.line));
        }
        Element hold = path(vgw, "bgp", "hold_time");
        if (hold == null) {
            hold = path(cgw, "bgp", "hold_time");
        }
        if (hold != null) {
            draft.holdTime = optionalNumber(name, hold);
            draft.line(SampleField.HOLD_TIME, lineOf.applyAsInt(hold.line));
        }
    }

    private static Long asn(LocalizedText name, Element asn) throws SampleFormatException {
        if (!asn.text.matches("[0-9]{1,10}")) {
            throw new SampleFormatException(Messages.text("aws.xml.notAsn", "tunnel", name, "value", QuotedValue.of(asn.text)));
        }
        return Long.valueOf(asn.text);
    }

    private static Cipher cipher(LocalizedText name, Element section) throws SampleFormatException {
        return understood(name, section, "encryption_protocol", AlgorithmNames::cipher, "aws.xml.notUnderstood");
    }

    private static Integrity integrity(LocalizedText name, Element section) throws SampleFormatException {
        return understood(name, section, "authentication_protocol", AlgorithmNames::integrity, "aws.xml.notUnderstood");
    }

    private static int group(LocalizedText name, Element section) throws SampleFormatException {
        return understood(name, section, "perfect_forward_secrecy", AlgorithmNames::dhGroup,
                "aws.xml.notDhGroup");
    }

    /** A required child element read through {@code meaning}; a value it does not know is an error. */
    private static <T> T understood(LocalizedText name, Element section, String child,
            java.util.function.Function<String, T> meaning, String complaintKey) throws SampleFormatException {
        String value = required(name, section, child);
        T result = meaning.apply(value);
        if (result == null) {
            throw new SampleFormatException(Messages.text(complaintKey, "tunnel", name, "section", section.name,
                    "child", child, "value", QuotedValue.of(value)));
        }
        return result;
    }

    private static String mode(Element ike) {
        String mode = ike.text("mode");
        return mode == null || mode.isEmpty() ? null : mode.toLowerCase(Locale.ROOT);
    }

    private static int number(LocalizedText name, Element section, String child) throws SampleFormatException {
        String value = required(name, section, child);
        if (!value.matches("[0-9]{1,9}")) {
            throw new SampleFormatException(Messages.text("aws.xml.childNotNumber", "tunnel", name, "section", section.name,
                    "child", child, "value", QuotedValue.of(value)));
        }
        return Integer.parseInt(value);
    }

    private static Integer optionalNumber(LocalizedText name, Element element) throws SampleFormatException {
        if (element.text.isEmpty()) {
            return null;
        }
        if (!element.text.matches("[0-9]{1,9}")) {
            throw new SampleFormatException(Messages.text("aws.xml.elementNotNumber", "tunnel", name, "element", element.name,
                    "value", QuotedValue.of(element.text)));
        }
        return Integer.valueOf(element.text);
    }

    private static String required(LocalizedText name, Element section, String child) throws SampleFormatException {
        String value = section.text(child);
        if (value == null || value.isEmpty()) {
            throw new SampleFormatException(Messages.text("aws.xml.noChild", "tunnel", name, "section", section.name,
                    "child", child));
        }
        return value;
    }

    private static Integer prefixLength(Element inside) {
        if (inside == null) {
            return null;
        }
        String cidr = inside.text("network_cidr");
        if (cidr != null && cidr.matches("[0-9]{1,2}")) {
            return Integer.valueOf(cidr);
        }
        return Ipv4.prefixLengthOfMask(inside.text("network_mask"));
    }

    private static Element path(Element from, String... names) {
        Element current = from;
        for (String name : names) {
            if (current == null) {
                return null;
            }
            current = current.child(name);
        }
        return current;
    }

    // ---- A small element tree that remembers each element's line. ----

    private static final class Element {
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Element> children = new ArrayList<>();
        final StringBuilder textBuilder = new StringBuilder();
        String text = "";

        Element(String name, Map<String, String> attributes, int line) {
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        Element child(String childName) {
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    return child;
                }
            }
            return null;
        }

        List<Element> children(String childName) {
            List<Element> found = new ArrayList<>();
            for (Element child : children) {
                if (child.name.equals(childName)) {
                    found.add(child);
                }
            }
            return found;
        }

        String text(String childName) {
            Element child = child(childName);
            return child == null ? null : child.text;
        }
    }

    private static Element tree(String xml) throws SampleFormatException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(xml));
            List<Element> stack = new ArrayList<>();
            Element root = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new SampleFormatException(Messages.text("aws.xml.dtd"));
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    Element element = new Element(reader.getLocalName(), attributes,
                            Math.max(0, reader.getLocation().getLineNumber() - 1));
                    if (stack.isEmpty()) {
                        root = element;
                    } else {
                        stack.get(stack.size() - 1).children.add(element);
                    }
                    stack.add(element);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Element element = stack.remove(stack.size() - 1);
                    element.text = element.textBuilder.toString().strip();
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).textBuilder.append(reader.getText());
                    }
                }
            }
            if (root == null) {
                throw new SampleFormatException(Messages.text("aws.xml.noRoot"));
            }
            return root;
        } catch (XMLStreamException e) {
            // The parser's own message may quote content; report only where it failed.
            Location at = e.getLocation();
            throw new SampleFormatException(at == null || at.getLineNumber() < 0 ? Messages.text("aws.xml.notWellFormed")
                    : Messages.text("aws.xml.notWellFormedAt", "line", at.getLineNumber(), "column", at.getColumnNumber()));
        } catch (RuntimeException e) {
            throw new SampleFormatException(Messages.text("aws.xml.unreadable", "error", e.getClass().getSimpleName()));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string source
                }
            }
        }
    }
}
