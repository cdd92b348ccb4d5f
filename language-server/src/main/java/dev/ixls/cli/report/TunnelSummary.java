package dev.ixls.cli.report;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.TunnelCheck;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-tunnel summary of {@code ixls check --summary}: a table per linked sample in text, a
 * {@code tunnels} array in JSON (SARIF carries the same array in the run's property bag).
 * Statuses hold no keys, so nothing here can print one.
 */
final class TunnelSummary {

    /** The columns, by check id: the message keys of short headers for a terminal. */
    private static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("ike", "summary.columnIke");
        COLUMNS.put("key", "summary.columnKey");
        COLUMNS.put("ipsec", "summary.columnIpsec");
        COLUMNS.put("inside", "summary.columnInside");
        COLUMNS.put("bgp-neighbor", "summary.columnNeighbor");
        COLUMNS.put("asn", "summary.columnAsn");
    }

    private TunnelSummary() {
    }

    static void writeText(List<FileReport> files, Language language, PrintWriter out) {
        boolean any = false;
        for (FileReport f : files) {
            Map<String, List<TunnelStatus>> bySample = new LinkedHashMap<>();
            for (TunnelStatus s : f.tunnels()) {
                bySample.computeIfAbsent(s.sample().location() + "\u0000" + s.sample().sample().connectionId(),
                        k -> new ArrayList<>()).add(s);
            }
            for (List<TunnelStatus> tunnels : bySample.values()) {
                any = true;
                TunnelStatus first = tunnels.get(0);
                out.println(f.path() + ": AWS VPN " + first.sample().sample().connectionId()
                        + " (" + first.sample().location() + ")");
                List<List<String>> rows = new ArrayList<>();
                List<String> header = new ArrayList<>(List.of(Messages.get(language, "summary.columnTunnel"),
                        Messages.get(language, "summary.columnPeer"),
                        Messages.get(language, "summary.columnInterface")));
                COLUMNS.values().forEach(key -> header.add(Messages.get(language, key)));
                header.add(Messages.get(language, "summary.columnPassed"));
                rows.add(header);
                for (TunnelStatus s : tunnels) {
                    List<String> row = new ArrayList<>(List.of(String.valueOf(s.tunnel().number()),
                            s.tunnel().awsOutsideAddress(), s.interfaceName() != null ? s.interfaceName() : "-"));
                    for (String id : COLUMNS.keySet()) {
                        TunnelCheck c = s.checks().stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
                        row.add(c == null ? "-" : Messages.get(language, c.ok() ? "summary.ok" : "summary.fail"));
                    }
                    row.add(s.passed() + "/" + s.total());
                    rows.add(row);
                }
                printTable(rows, out);
            }
        }
        if (!any) {
            out.println(Messages.get(language, "summary.noSample"));
        }
    }

    private static void printTable(List<List<String>> rows, PrintWriter out) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < columns; i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < columns; i++) {
                line.append(row.get(i));
                if (i + 1 < columns) {
                    line.append(" ".repeat(widths[i] - width(row.get(i)) + 2));
                }
            }
            out.println(line);
        }
    }

    /** Terminal columns a text takes: East Asian wide characters take two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
                    || (c >= 0xFFE0 && c <= 0xFFE6) ? 2 : 1;
        }
        return w;
    }

    static JsonArray toJson(List<FileReport> files, Language language) {
        JsonArray array = new JsonArray();
        for (FileReport f : files) {
            for (TunnelStatus s : f.tunnels()) {
                JsonObject o = new JsonObject();
                o.addProperty("file", f.path());
                o.addProperty("sample", s.sample().location());
                o.addProperty("connectionId", s.sample().sample().connectionId());
                o.addProperty("tunnel", s.tunnel().number());
                o.addProperty("awsPeer", s.tunnel().awsOutsideAddress());
                o.addProperty("interface", s.interfaceName());
                if (s.interfaceRange() != null) {
                    o.addProperty("line", s.interfaceRange().start().line() + 1);
                }
                o.addProperty("passed", s.passed());
                o.addProperty("total", s.total());
                JsonArray checks = new JsonArray();
                for (TunnelCheck c : s.checks()) {
                    JsonObject check = new JsonObject();
                    check.addProperty("id", c.id());
                    check.addProperty("name", c.name().get(language));
                    check.addProperty("ok", c.ok());
                    checks.add(check);
                }
                o.add("checks", checks);
                array.add(o);
            }
        }
        return array;
    }
}
