package dev.ixls.aws;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import dev.ixls.i18n.Messages;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the output of {@code aws ec2 get-vpn-connection-device-sample-configuration}:
 * {@code {"VpnConnectionDeviceSampleConfiguration": "! Amazon Web Services\n..."}}, a vendor
 * sample (Cisco IOS, Cisco ASA or Generic) inside one JSON string (response shape as documented
 * for boto3's {@code get_vpn_connection_device_sample_configuration}). The inner text is read by
 * its own reader; every line it reports is the JSON line that holds the string.
 */
final class DeviceSampleJsonReader {

    static final String KEY = "VpnConnectionDeviceSampleConfiguration";

    private DeviceSampleJsonReader() {
    }

    static List<AwsSample> readAll(String text) throws SampleFormatException {
        JsonElement root = DescribeVpnConnectionsReader.parse(text);
        if (!root.isJsonObject() || !(root.getAsJsonObject().get(KEY) instanceof JsonPrimitive value) || !value.isString()) {
            throw new SampleFormatException(Messages.text("aws.device.notString", "key", KEY));
        }
        String inner = value.getAsString();
        Optional<SampleFormat> format = AwsSampleReader.detect(inner);
        if (format.isEmpty() || !isText(format.get())) {
            throw new SampleFormatException(Messages.text("aws.device.otherDevice", "key", KEY));
        }
        int line = Math.max(0, JsonLineIndex.of(text).line(KEY));
        List<AwsSample> out = new ArrayList<>();
        for (AwsSample sample : AwsSampleReader.readAll(inner)) {
            out.add(onLine(sample, line));
        }
        return List.copyOf(out);
    }

    private static boolean isText(SampleFormat format) {
        return switch (format) {
            case CISCO_IOS, CISCO_IOS_FLATTENED, CISCO_ASA, GENERIC -> true;
            default -> false;
        };
    }

    /** The sample with every source line moved to the one JSON line that holds the text. */
    private static AwsSample onLine(AwsSample sample, int line) {
        List<AwsTunnel> tunnels = new ArrayList<>();
        for (AwsTunnel t : sample.tunnels()) {
            Map<SampleField, Integer> lines = new EnumMap<>(SampleField.class);
            t.lines().keySet().forEach(f -> lines.put(f, line));
            tunnels.add(new AwsTunnel(t.number(), t.awsOutsideAddress(), t.customerOutsideAddress(), t.insideCidr(),
                    t.awsInsideAddress(), t.customerInsideAddress(), t.presharedKey(), t.awsAsn(), t.customerAsn(),
                    t.holdTime(), t.ike(), t.ipsec(), t.dpdIntervalSeconds(), t.dpdRetries(), t.dpdTimeoutSeconds(),
                    t.tcpMss(), Map.copyOf(lines)));
        }
        List<SampleNote> notes = new ArrayList<>();
        for (SampleNote n : sample.notes()) {
            notes.add(new SampleNote(n.kind(), n.tunnel(), n.line() < 0 ? -1 : line, n.shown()));
        }
        return new AwsSample(sample.connectionId(), sample.routing(), sample.format(), List.copyOf(tunnels), notes);
    }
}
