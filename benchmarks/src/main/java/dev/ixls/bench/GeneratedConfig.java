package dev.ixls.bench;

/**
 * Writes a realistic IX config of about N lines: VPN sites (IKE policy, keepalive, IPsec map,
 * tunnel interface, BGP neighbor), with comments and the usual surroundings, deterministically.
 */
public final class GeneratedConfig {

    private GeneratedConfig() {
    }

    public static String ofLines(int lines) {
        StringBuilder sb = new StringBuilder(lines * 48);
        sb.append("! generated benchmark config\nhostname bench-ix\ntimezone +09 00\n!\n");
        sb.append("ip access-list sec-list permit ip src any dest any\n");
        sb.append("ike proposal ike-prop encryption aes-256 hash sha2-256 group 2048-bit\n");
        sb.append("ipsec autokey-proposal ipsec-prop esp-aes-256 esp-sha2-256 lifetime time 3600\n!\n");
        StringBuilder bgp = new StringBuilder("router bgp 65000\n");
        int written = 8;
        int site = 0;
        while (written + 16 < lines) {
            int a = 1 + (site / 250) % 200;
            int b = site % 250;
            String peer = "52." + a + "." + b + ".10";
            int third = 6 + site % 250; // AWS reserves 169.254.0.0/30 to 169.254.5.0/30
            int fourth = (site / 250 % 64) * 4;
            String customer = "169.254." + third + "." + (fourth + 2);
            String aws = "169.254." + third + "." + (fourth + 1);
            sb.append("! site ").append(site).append(" (拠点 ").append(site).append(")\n");
            sb.append("ike policy pol").append(site).append(" peer ").append(peer)
                    .append(" key Key").append(site).append("abcdefghijklmnop ike-prop\n");
            sb.append("ike keepalive pol").append(site).append(" 10 3\n");
            sb.append("ipsec autokey-map map").append(site).append(" sec-list peer ").append(peer)
                    .append(" ipsec-prop pfs 2048-bit\n");
            sb.append("interface Tunnel").append(site).append(".0\n");
            sb.append("  description to site ").append(site).append('\n');
            sb.append("  tunnel mode ipsec\n");
            sb.append("  ip address ").append(customer).append("/30\n");
            sb.append("  ip tcp adjust-mss auto\n");
            sb.append("  ipsec policy tunnel map").append(site).append(" df-bit ignore pre-fragment out\n");
            sb.append("  no shutdown\n!\n");
            bgp.append("  neighbor ").append(aws).append(" remote-as 64512\n");
            bgp.append("  neighbor ").append(aws).append(" timers 10 30\n");
            written += 14;
            site++;
        }
        sb.append(bgp);
        sb.append("  address-family ipv4 unicast\n    network 10.0.0.0/8\n");
        return sb.toString();
    }
}
