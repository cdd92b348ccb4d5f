package dev.ixls.aws;

import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads any AWS Site-to-Site VPN configuration download into {@link AwsSample}s. The format is
 * told by content alone, never by file name:
 * <ul>
 *   <li>the Cisco IOS sample (IKEv1 or IKEv2), as downloaded or with its line breaks lost, and the
 *       Cisco ASA sample (route-based or policy-based);</li>
 *   <li>the {@code CustomerGatewayConfiguration} XML;</li>
 *   <li>the {@code DescribeVpnConnections} JSON (possibly several connections, or a bare one, or
 *       {@code create-vpn-connection}'s {@code {"VpnConnection": ...}});</li>
 *   <li>the {@code get-vpn-connection-device-sample-configuration} JSON (a sample in a string);</li>
 *   <li>a Terraform state or {@code terraform show -json} output with {@code aws_vpn_connection}s;</li>
 *   <li>the Generic text sample (current, documented and 2009 layouts).</li>
 * </ul>
 *
 * <p>Reading is all or nothing: a tunnel without its AWS outside address, pre-shared key, inside
 * addresses or IKE/IPsec parameters is an error, never a partial model. Every failure, whatever
 * the input (empty, binary, huge, truncated), is a {@link SampleFormatException} whose message
 * names the formats ixls reads or says what is missing, and never contains a pre-shared key.
 * A connection ID is null when the sample does not show one.
 */
public final class AwsSampleReader {

    /**
     * Inputs longer than this (in chars) are refused unread. Real downloads are a few tens of
     * kilobytes; only DescribeVpnConnections JSON for many connections comes near this.
     */
    public static final int MAX_INPUT_CHARS = 4 * 1024 * 1024;

    /**
     * The text samples are parsed into tokens and lines that cost far more memory than their
     * chars, so they have a lower limit: a real one is about 15,000 chars.
     */
    static final int MAX_TEXT_SAMPLE_CHARS = 256 * 1024;

    /** A CustomerGatewayConfiguration document is a few kilobytes. */
    static final int MAX_XML_CHARS = 1024 * 1024;

    /** {@link #detect(String)} looks at no more than this many leading chars. */
    static final int DETECT_PREFIX_CHARS = 64 * 1024;

    private static final Pattern JSON_MARKER =
            Pattern.compile("\"(?:VpnConnections|VpnConnectionId|CustomerGatewayConfiguration)\"\\s*:");
    private static final Pattern DEVICE_SAMPLE_MARKER = Pattern.compile("\"VpnConnectionDeviceSampleConfiguration\"\\s*:");
    /** A Terraform state ({@code "type": "aws_vpn_connection"}) or {@code terraform show -json} output. */
    private static final Pattern TERRAFORM_MARKER = Pattern.compile("\"type\"\\s*:\\s*\"aws_vpn_connection\"");
    private static final Pattern XML_MARKER = Pattern.compile("<vpn_connection[\\s/>]");
    private static final Pattern IOS_COMMAND = Pattern.compile(
            "(?:^|\\s)crypto\\s+(?:isakmp\\s+policy|isakmp\\s+profile|keyring|ipsec\\s+profile)\\s", Pattern.MULTILINE);
    /** A sample names its AWS endpoints with real addresses; documentation quoting it shows placeholders. */
    private static final Pattern IOS_ENDPOINT = Pattern.compile(
            "(?:pre-shared-key\\s+address|tunnel\\s+destination|match\\s+identity\\s+address)\\s+\\d{1,3}(?:\\.\\d{1,3}){3}\\b");
    private static final Pattern ASA_COMMAND = Pattern.compile("(?:^|\\s)tunnel-group\\s", Pattern.MULTILINE);
    private static final Pattern AWS_MARKER =
            Pattern.compile("Amazon Web Services|\\bvpn-[0-9a-f]{8,17}\\b|Your VPN Connection ID");
    private static final Pattern GENERIC_KEY_FIELD =
            Pattern.compile("^[ \\t]*-[ \\t]*Pre-Shared[ \\t]+Key[ \\t]*:", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);
    private static final Pattern GENERIC_TUNNEL_HEADING = Pattern.compile(
            "^[ \\t]*IPsec[ \\t]+Tunnel[ \\t]+#\\d+[ \\t]*\\r?\\n[ \\t]*={5,}", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE);

    private AwsSampleReader() {
    }

    /**
     * Reads a configuration that holds exactly one VPN connection.
     *
     * @throws SampleFormatException when the text is not understood, is incomplete, or holds more
     *                               than one connection
     */
    public static AwsSample read(String text) throws SampleFormatException {
        List<AwsSample> samples = readAll(text);
        if (samples.size() != 1) {
            List<LocalizedText> ids = new ArrayList<>();
            for (AwsSample sample : samples) {
                ids.add(sample.connectionId() == null ? Messages.text("aws.noId") : QuotedValue.name(sample.connectionId()));
            }
            LocalizedText listed = LocalizedText.joined(ids, ", ", ", ");
            throw new SampleFormatException(Messages.text("aws.notOneConnection", "format",
                    samples.get(0).format().text(), "count", samples.size(), "ids",
                    new LocalizedText("[" + listed.en() + "]", "[" + listed.ja() + "]")));
        }
        return samples.get(0);
    }

    /** Reads every VPN connection in the text: several for DescribeVpnConnections JSON, else one. */
    public static List<AwsSample> readAll(String text) throws SampleFormatException {
        if (text == null) {
            throw new SampleFormatException(withFormats(Messages.text("aws.noText")));
        }
        if (text.length() > MAX_INPUT_CHARS) {
            throw new SampleFormatException(withFormats(Messages.text("aws.tooLarge", "length", text.length(),
                    "max", MAX_INPUT_CHARS)));
        }
        String body = withoutByteOrderMark(text);
        Optional<SampleFormat> detected = detect(body);
        if (detected.isEmpty() && body.length() > DETECT_PREFIX_CHARS && body.stripLeading().startsWith("{")
                && TERRAFORM_MARKER.matcher(body).find()) {
            // a large Terraform state may list its aws_vpn_connection after many other resources
            detected = Optional.of(SampleFormat.TERRAFORM);
        }
        if (detected.isEmpty()) {
            throw new SampleFormatException(notUnderstood(body));
        }
        SampleFormat format = detected.get();
        int limit = limitFor(format);
        if (body.length() > limit) {
            throw new SampleFormatException(Messages.text("aws.tooLargeForFormat", "format", format.text(),
                    "length", body.length(), "max", limit));
        }
        try {
            return switch (format) {
                case CISCO_IOS, CISCO_IOS_FLATTENED -> List.of(CiscoSampleReader.read(body));
                case CISCO_ASA -> List.of(CiscoSampleReader.read(body, false));
                case XML -> List.of(CustomerGatewayXmlReader.read(body));
                case DESCRIBE_JSON -> DescribeVpnConnectionsReader.readAll(body);
                case GENERIC -> List.of(GenericSampleReader.read(body));
                case DEVICE_SAMPLE_JSON -> DeviceSampleJsonReader.readAll(body);
                case TERRAFORM -> TerraformStateReader.readAll(body);
            };
        } catch (SampleFormatException e) {
            LocalizedText family = format == SampleFormat.CISCO_IOS_FLATTENED ? SampleFormat.CISCO_IOS.text() : format.text();
            throw new SampleFormatException(Messages.text("aws.in", "where", family, "problem", e.text()));
        } catch (RuntimeException | StackOverflowError e) {
            // A reader bug must still surface as "not read". The exception's own message may quote
            // input (a key, even), so only its type is reported.
            throw new SampleFormatException(Messages.text("aws.internalError", "format", format.text(),
                    "error", e.getClass().getSimpleName()));
        }
    }

    /**
     * Tells which format the text is in, from its content only (never a file name) and from at
     * most its first {@value #DETECT_PREFIX_CHARS} chars, so it is cheap enough to run on every
     * file of a workspace. A detected format does not promise the text reads without error.
     */
    public static Optional<SampleFormat> detect(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String head = withoutByteOrderMark(text.length() > DETECT_PREFIX_CHARS ? text.substring(0, DETECT_PREFIX_CHARS)
                : text);
        if (head.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            if (DEVICE_SAMPLE_MARKER.matcher(head).find()) {
                return Optional.of(SampleFormat.DEVICE_SAMPLE_JSON);
            }
            if (TERRAFORM_MARKER.matcher(head).find()) {
                return Optional.of(SampleFormat.TERRAFORM);
            }
            return JSON_MARKER.matcher(head).find() ? Optional.of(SampleFormat.DESCRIBE_JSON) : Optional.empty();
        }
        if (start.startsWith("<")) {
            return XML_MARKER.matcher(head).find() ? Optional.of(SampleFormat.XML) : Optional.empty();
        }
        // Each pattern below needs a word that an IX config's head seldom holds: looked for first, as
        // plain text, since `ixls check` asks this of every file of a folder.
        if (head.contains("crypto") && looksLikeIos(head) && IOS_ENDPOINT.matcher(head).find()) {
            for (String line : head.split("\\r\\n|\\r|\\n")) {
                if (CiscoLineBreaker.isRunIn(line)) {
                    return Optional.of(SampleFormat.CISCO_IOS_FLATTENED);
                }
            }
            return Optional.of(SampleFormat.CISCO_IOS);
        }
        // An ASA sample whose endpoints are placeholders is still one: its reader says what is missing.
        if (head.contains("tunnel-group") && ASA_COMMAND.matcher(head).find() && AWS_MARKER.matcher(head).find()) {
            return Optional.of(SampleFormat.CISCO_ASA);
        }
        if (containsIgnoringCase(head, "pre-shared") && GENERIC_KEY_FIELD.matcher(head).find()
                || head.contains("=====") && GENERIC_TUNNEL_HEADING.matcher(head).find()) {
            return Optional.of(SampleFormat.GENERIC);
        }
        return Optional.empty();
    }

    /** Whether {@code text} holds {@code lower} (lower-case ASCII) in any case: a cheap test before a pattern. */
    public static boolean containsIgnoringCase(String text, String lower) {
        // Jumps between the first letter's places with String.indexOf (compiled early in any JVM),
        // rather than reading every character here: this is asked of configs just opened too.
        char first = lower.charAt(0);
        char upper = Character.toUpperCase(first);
        int nextLower = text.indexOf(first);
        int nextUpper = upper == first ? -1 : text.indexOf(upper);
        while (nextLower >= 0 || nextUpper >= 0) {
            boolean lowerFirst = nextLower >= 0 && (nextUpper < 0 || nextLower < nextUpper);
            int at = lowerFirst ? nextLower : nextUpper;
            if (text.regionMatches(true, at, lower, 0, lower.length())) {
                return true;
            }
            if (lowerFirst) {
                nextLower = text.indexOf(first, at + 1);
            } else {
                nextUpper = text.indexOf(upper, at + 1);
            }
        }
        return false;
    }

    private static boolean looksLikeIos(String head) {
        return IOS_COMMAND.matcher(head).find() && AWS_MARKER.matcher(head).find() && !ASA_COMMAND.matcher(head).find();
    }

    private static int limitFor(SampleFormat format) {
        return switch (format) {
            case CISCO_IOS, CISCO_IOS_FLATTENED, GENERIC, CISCO_ASA -> MAX_TEXT_SAMPLE_CHARS;
            case XML -> MAX_XML_CHARS;
            case DESCRIBE_JSON, DEVICE_SAMPLE_JSON, TERRAFORM -> MAX_INPUT_CHARS;
        };
    }

    /** True when {@link #detect(String)} recognises the text as one of the formats ixls reads. */
    public static boolean looksLikeSample(String text) {
        return detect(text).isPresent();
    }

    /** A problem followed by {@code ixls reads: Cisco IOS sample, ...}. */
    private static LocalizedText withFormats(LocalizedText problem) {
        List<String> en = new ArrayList<>();
        List<String> ja = new ArrayList<>();
        for (SampleFormat format : SampleFormat.values()) {
            en.add(format.text().en());
            ja.add(format.text().ja());
        }
        return Messages.text("aws.withFormats", "problem", problem, "formats",
                new LocalizedText(String.join(", ", en), String.join(", ", ja)));
    }

    private static LocalizedText notUnderstood(String text) {
        String head = text.length() > DETECT_PREFIX_CHARS ? text.substring(0, DETECT_PREFIX_CHARS) : text;
        String start = head.stripLeading();
        String what;
        if (start.isEmpty()) {
            what = "aws.notUnderstood.empty";
        } else if (head.indexOf('\0') >= 0 || controlShare(head) > 0.05) {
            what = "aws.notUnderstood.binary";
        } else if (start.startsWith("{") || start.startsWith("[")) {
            what = "aws.notUnderstood.json";
        } else if (start.startsWith("<")) {
            what = "aws.notUnderstood.xml";
        } else if (looksLikeIos(head)) {
            what = "aws.notUnderstood.iosWithoutEndpoint";
        } else if (AWS_MARKER.matcher(head).find()) {
            what = "aws.notUnderstood.otherDevice";
        } else {
            what = "aws.notUnderstood.other";
        }
        return withFormats(Messages.text(what));
    }

    private static double controlShare(String head) {
        int controls = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                controls++;
            }
        }
        return head.isEmpty() ? 0 : (double) controls / head.length();
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
