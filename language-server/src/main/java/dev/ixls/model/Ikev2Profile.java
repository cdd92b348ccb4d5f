package dev.ixls.model;

import dev.ixls.parse.Statement;
import java.util.List;

/**
 * An {@code ikev2 profile NAME} block (or {@code ikev2 default-profile}, named {@code default}).
 * Algorithm lists hold the IX keywords as written.
 *
 * @param childPfs the keyword after {@code child-pfs}, or null
 */
public record Ikev2Profile(String name, Ikev2Proposals proposals, Integer dpdIntervalSeconds, Statement statement) {

    /** IKEv2 algorithm settings, written in a profile or directly on a tunnel interface. */
    public record Ikev2Proposals(List<String> saEncryption, List<String> saIntegrity, List<String> saDh,
            List<String> childEncryption, List<String> childIntegrity, String childPfs, Integer saLifetime,
            Integer childLifetime) {

        public static Ikev2Proposals empty() {
            return new Ikev2Proposals(List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null);
        }

        public boolean isEmpty() {
            return saEncryption.isEmpty() && saIntegrity.isEmpty() && saDh.isEmpty() && childEncryption.isEmpty()
                    && childIntegrity.isEmpty() && childPfs == null && saLifetime == null && childLifetime == null;
        }
    }
}
