package dev.ixls.analysis;

import dev.ixls.i18n.LocalizedText;

/**
 * One pass/fail item of a tunnel's status.
 *
 * @param id stable: {@code ike}, {@code key}, {@code ipsec}, {@code inside}, {@code bgp-neighbor}, {@code asn}
 */
public record TunnelCheck(String id, LocalizedText name, boolean ok) {
}
