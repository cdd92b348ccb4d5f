package dev.ixls.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ixls.parse.IxConfigParser;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementIndexTest {

    private static final String CONFIG = """
            hostname ix
            ip address 10.1.1.1/24
            frobnicate now
            interface Tunnel0.0
              ip address 169.254.10.2/30
              no ip address
              tunnel mode ipsec
            interface Tunnel1.0
              ip address 169.254.10.6/30
            ike proposal p1 encryption aes
            ike policy p peer 1.2.3 key k p1
            """;

    private static List<Integer> lines(List<Statement> statements) {
        return statements.stream().map(s -> s.line().index() + 1).toList();
    }

    @Test
    void statementsOfACommandInFileOrderNegatedOrNot() {
        ParsedConfig parsed = new IxConfigParser().parse(CONFIG);
        StatementIndex index = StatementIndex.of(parsed.statements());
        List<Statement> addresses = index.of("interface.ip-address");
        assertEquals(List.of(2, 5, 6, 9), lines(addresses));
        assertEquals(List.of(), index.of("interface.ikev2-peer"));
        assertEquals(List.of(), index.of("no.such.command"));
    }

    @Test
    void irregularLinesAreTheOnesNotFullyRead() {
        ParsedConfig parsed = new IxConfigParser().parse(CONFIG);
        StatementIndex index = StatementIndex.of(parsed.statements());
        for (Statement s : parsed.statements()) {
            assertEquals(StatementIndex.isIrregular(s), index.irregular().contains(s), s.toString());
        }
        List<Integer> irregular = lines(index.irregular());
        // outside its block, unknown, missing an argument, a malformed address
        assertEquals(List.of(2, 3, 10, 11), irregular);
    }
}
