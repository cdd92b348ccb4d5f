package dev.ixls.bench;

/**
 * Documents of the peers' languages of a given number of lines, with the same content as
 * {@link GeneratedConfig}'s VPN sites (names, peers, tunnel addresses, BGP neighbours, comments in
 * Japanese), so that each server reads the same amount of the same kind of data.
 */
final class PeerDocuments {

    private PeerDocuments() {
    }

    /** Pretty-printed JSON, one value a line, exactly {@code lines} lines. */
    static String json(int lines) {
        StringBuilder sb = new StringBuilder(lines * 40);
        sb.append("{\n  \"hostname\": \"bench\",\n  \"sites\": [\n");
        int written = 3;
        int site = 0;
        // A site is 17 lines; the closing lines are 3.
        while (written + 18 + 3 <= lines) {
            Site s = new Site(site);
            sb.append(site == 0 ? "" : ",\n");
            sb.append("    {\n");
            sb.append("      \"name\": \"site").append(site).append("\",\n");
            sb.append("      \"description\": \"to site ").append(site).append(" (拠点 ").append(site).append(")\",\n");
            sb.append("      \"peer\": \"").append(s.peer).append("\",\n");
            sb.append("      \"keepalive\": {\n        \"interval\": 10,\n        \"retries\": 3\n      },\n");
            sb.append("      \"tunnel\": {\n");
            sb.append("        \"interface\": \"Tunnel").append(site).append(".0\",\n");
            sb.append("        \"address\": \"").append(s.customer).append("/30\",\n");
            sb.append("        \"mss\": \"auto\"\n      },\n");
            sb.append("      \"bgp\": {\n");
            sb.append("        \"neighbor\": \"").append(s.aws).append("\",\n");
            sb.append("        \"remoteAs\": 64512\n      }\n    }");
            written += 18;
            site++;
        }
        sb.append("\n  ],\n");
        written += 2;
        int pad = 0;
        while (written + 1 < lines) {
            sb.append("  \"note").append(pad++).append("\": \"generated\",\n");
            written++;
        }
        sb.append("  \"end\": true\n}");
        return sb.toString();
    }

    /** YAML, one value a line, exactly {@code lines} lines. */
    static String yaml(int lines) {
        StringBuilder sb = new StringBuilder(lines * 36);
        sb.append("hostname: bench\nsites:\n");
        int written = 2;
        int site = 0;
        while (written + 14 + 1 <= lines) {
            Site s = new Site(site);
            sb.append("  # site ").append(site).append(" (拠点 ").append(site).append(")\n");
            sb.append("  - name: site").append(site).append('\n');
            sb.append("    description: to site ").append(site).append('\n');
            sb.append("    peer: ").append(s.peer).append('\n');
            sb.append("    keepalive:\n      interval: 10\n      retries: 3\n");
            sb.append("    tunnel:\n");
            sb.append("      interface: Tunnel").append(site).append(".0\n");
            sb.append("      address: ").append(s.customer).append("/30\n");
            sb.append("      mss: auto\n");
            sb.append("    bgp:\n");
            sb.append("      neighbor: ").append(s.aws).append('\n');
            sb.append("      remoteAs: 64512\n");
            written += 14;
            site++;
        }
        int pad = 0;
        while (written + 1 < lines) {
            sb.append("note").append(pad++).append(": generated\n");
            written++;
        }
        sb.append("end: true");
        return sb.toString();
    }

    /** The addresses of one site, as GeneratedConfig writes them. */
    private static final class Site {
        final String peer;
        final String customer;
        final String aws;

        Site(int site) {
            int a = 1 + (site / 250) % 200;
            int b = site % 250;
            peer = "52." + a + "." + b + ".10";
            int third = 6 + site % 250;
            int fourth = (site / 250 % 64) * 4;
            customer = "169.254." + third + "." + (fourth + 2);
            aws = "169.254." + third + "." + (fourth + 1);
        }
    }
}
