package dev.ixls.analysis.diagnose;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.AwsTunnels;
import dev.ixls.model.BgpNeighbor;
import dev.ixls.model.Interface;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.SecretWords;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The commands whose output a diagnosis reads, for a given config: ready to paste into the
 * router's console or to hand to an SSH automation tool (one command a line, nothing else).
 */
public final class CommandsToRun {

    private CommandsToRun() {
    }

    /** Every command for the config's AWS tunnels, in the order a tunnel comes up. */
    public static List<String> forConfig(AnalysisContext context) {
        IxConfig config = context.config();
        List<Interface> tunnels = context.awsTunnels();
        boolean ikev1 = tunnels.stream().anyMatch(i -> "ipsec".equals(i.tunnelMode())) || !config.ikePolicies().isEmpty();
        boolean ikev2 = tunnels.stream().anyMatch(i -> "ipsec-ikev2".equals(i.tunnelMode()));
        Set<String> out = new LinkedHashSet<>();
        out.add("terminal length 0");
        out.add("show running-config");
        if (ikev1 || !ikev2) {
            out.add("show ike sa");
        }
        if (ikev2) {
            out.add("show ikev2 sa");
        }
        out.add("show ipsec sa");
        for (Interface i : tunnels) {
            out.add("show interfaces " + i.name());
        }
        List<String> neighbors = awsNeighbors(context);
        if (config.bgp() != null) {
            out.add("show ip bgp summary");
            for (String n : neighbors) {
                out.add("show ip bgp neighbors " + n + " advertised-routes");
            }
        }
        out.add("show ip route");
        out.add("show logging");
        for (String n : neighbors) {
            out.add("ping " + n + " count 3");
        }
        return new ArrayList<>(out);
    }

    /** The commands that show one tunnel's state, for a diagnosis that could not tell it. */
    static List<String> forTunnel(String peer, String awsInside, String interfaceName, boolean ikev2) {
        List<String> out = new ArrayList<>();
        out.add(ikev2 ? "show ikev2 sa" : "show ike sa");
        out.add("show ipsec sa");
        if (interfaceName != null) {
            out.add("show interfaces " + interfaceName);
        }
        if (awsInside != null) {
            out.add("show ip bgp summary");
        }
        out.add("show logging");
        return out;
    }

    private static List<String> awsNeighbors(AnalysisContext context) {
        List<String> out = new ArrayList<>();
        if (context.config().bgp() == null) {
            return out;
        }
        for (BgpNeighbor n : context.config().bgp().neighbors()) {
            if (AwsTunnels.awsNeighbors(context).test(n.address())) {
                out.add(n.address().toString());
            }
        }
        return out;
    }

    /**
     * A typed command as notes may quote it: the word after {@code key}, {@code password},
     * {@code secret} (past {@code char}, {@code hex}, ...) masked, as the config model masks it.
     */
    static String masked(String command) {
        String[] words = command.strip().split("\\s+");
        for (int i = 0; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (w.equals("key") || w.equals("password") || w.equals("secret") || w.equals("pre-shared-key")) {
                int at = i + 1;
                String next = words[at].toLowerCase(Locale.ROOT);
                if (Set.of("char", "hex", "plain", "hash", "0", "7", "address").contains(next) && at + 1 < words.length) {
                    at++;
                    if (next.equals("address") && at + 2 < words.length && words[at + 1].equalsIgnoreCase("key")) {
                        at += 2;
                    } else if ((words[at].equals("0") || words[at].equals("1")) && at + 1 < words.length) {
                        at++; // a privilege level: `username NAME password plain 1 PASS`
                    }
                }
                words[at] = SecretWords.MASK;
            }
        }
        return String.join(" ", words);
    }
}
