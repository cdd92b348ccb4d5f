package dev.ixls.transcript;

import java.util.List;
import java.util.Locale;

/**
 * The commands whose output ixls reads, and how a typed command line is recognised as one of
 * them. IX, like IOS, accepts each word shortened to an unambiguous prefix ({@code sh ip bgp su}).
 */
public enum ShowCommand {
    IKE_SA("show ike sa"),
    IKE_SA_BRIEF("show ike sa brief"),
    IKEV2_SA("show ikev2 sa"),
    IPSEC_SA("show ipsec sa"),
    IPSEC_SA_BRIEF("show ipsec sa brief"),
    BGP_SUMMARY("show ip bgp summary"),
    /** {@code show ip bgp neighbors ADDRESS advertised-routes}. */
    BGP_ADVERTISED_ROUTES("show ip bgp neighbors * advertised-routes"),
    IP_ROUTE("show ip route"),
    /** {@code show interfaces [NAME]}. */
    INTERFACES("show interfaces"),
    /** {@code show ip interface [NAME]}. */
    IP_INTERFACE("show ip interface"),
    /** The event log. */
    LOGGING("show logging"),
    RUNNING_CONFIG("show running-config"),
    /** {@code ping ADDRESS [count N] ...}. */
    PING("ping *"),
    /** Anything else: its output is skipped with a note. */
    OTHER("");

    private final String canonical;

    ShowCommand(String canonical) {
        this.canonical = canonical;
    }

    /** The command as it is typed in full ({@code *} stands for an argument). */
    public String canonical() {
        return canonical;
    }

    /** Reads a typed command line: the kind of output to expect after it. */
    public static ShowCommand of(String typed) {
        List<String> w = List.of(typed.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        if (w.isEmpty() || w.get(0).isEmpty()) {
            return OTHER;
        }
        if (is(w, 0, "ping") && w.size() >= 2) {
            return PING;
        }
        if (!is(w, 0, "show") || w.size() < 2) {
            return OTHER;
        }
        if (is(w, 1, "ike") && w.size() >= 3 && is(w, 2, "sa")) {
            return w.size() == 4 && is(w, 3, "brief") ? IKE_SA_BRIEF : w.size() == 3 ? IKE_SA : OTHER;
        }
        if (w.get(1).equals("ikev2") && w.size() == 3 && is(w, 2, "sa")) {
            return IKEV2_SA;
        }
        if (is(w, 1, "ipsec") && w.size() >= 3 && is(w, 2, "sa")) {
            return w.size() == 4 && is(w, 3, "brief") ? IPSEC_SA_BRIEF : w.size() == 3 ? IPSEC_SA : OTHER;
        }
        if (is(w, 1, "ip") && w.size() >= 3) {
            if (is(w, 2, "bgp") && w.size() == 4 && is(w, 3, "summary")) {
                return BGP_SUMMARY;
            }
            if (is(w, 2, "bgp") && w.size() == 6 && is(w, 3, "neighbors") && is(w, 5, "advertised-routes")) {
                return BGP_ADVERTISED_ROUTES;
            }
            if (is(w, 2, "route") && w.size() == 3) {
                return IP_ROUTE;
            }
            if (is(w, 2, "interface") && w.size() <= 4) {
                return IP_INTERFACE;
            }
            return OTHER;
        }
        if (is(w, 1, "interfaces") && w.size() <= 3) {
            return INTERFACES;
        }
        if (is(w, 1, "logging") && w.size() == 2) {
            return LOGGING;
        }
        if ((is(w, 1, "running-config") || is(w, 1, "startup-config")) && w.size() == 2) {
            return RUNNING_CONFIG;
        }
        return OTHER;
    }

    /** Whether word {@code i} is a shortening of {@code full} (two letters at least, or the word itself). */
    private static boolean is(List<String> words, int i, String full) {
        String w = words.get(i);
        return w.equals(full) || (w.length() >= 2 && full.startsWith(w));
    }
}
