package dev.ixls.transcript;

/**
 * A row of {@code show ipsec sa brief}: {@code ipsec-mgmt  IN  ESP  0x47a00ca9  3145/-}.
 *
 * @param direction {@code IN} or {@code OUT}
 * @param life remaining seconds and bytes as printed ({@code 3145/-})
 */
public record IpsecSaBrief(String mapName, String direction, String protocol, String spi, String life,
        ShowLine line) {
}
