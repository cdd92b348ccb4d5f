package dev.ixls.aws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ixls.Fixtures;
import dev.ixls.grammar.CiscoSampleLexer;
import dev.ixls.grammar.CiscoSampleParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.junit.jupiter.api.Test;

/** The grammar is total: any text lexes and parses without a single error, one line per line. */
class CiscoSampleGrammarTest {

    private static CiscoSampleParser.SampleContext parse(String text, List<String> errors) {
        BaseErrorListener listener = new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object symbol, int line, int column, String msg,
                    RecognitionException e) {
                errors.add(line + ":" + column + " " + msg);
            }
        };
        CiscoSampleLexer lexer = new CiscoSampleLexer(CharStreams.fromString(text));
        lexer.removeErrorListeners();
        lexer.addErrorListener(listener);
        CiscoSampleParser parser = new CiscoSampleParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(listener);
        return parser.sample();
    }

    @Test
    void classifiesTheLinesOfASample() {
        String text = "! Amazon Web Services\n! Your VPN Connection ID \t\t : vpn-1a2b3c4d\n! " + "-".repeat(73)
                + "\n! IPsec Tunnel #1\n! #4 Static Route Configuration\n! #1: Internet Key Exchange (IKE)\n\n"
                + "crypto isakmp policy 200\n  ! indented comment\n3 packets transmitted\n";
        List<String> errors = new ArrayList<>();
        List<CiscoSampleParser.LineContext> lines = parse(text, errors).line();
        assertEquals(List.of(), errors);
        assertNotNull(lines.get(0).comment());
        assertNotNull(lines.get(1).headerField());
        assertEquals(List.of("Your", "VPN", "Connection", "ID"),
                lines.get(1).headerField().label().WORD().stream().map(Object::toString).toList());
        assertEquals("vpn-1a2b3c4d", lines.get(1).headerField().value().getText());
        assertNotNull(lines.get(2).ruler());
        assertNotNull(lines.get(3).tunnelHeading());
        assertNotNull(lines.get(4).sectionHeading());
        assertNotNull(lines.get(5).sectionHeading());
        assertEquals(null, lines.get(6).command());
        assertNotNull(lines.get(7).command());
        assertNotNull(lines.get(8).comment());
        assertNotNull(lines.get(9).command(), "a line starting with a number is still a line");
    }

    @Test
    void anyTextParsesWithoutErrors() {
        Random random = new Random(11);
        String alphabet = "!:#-.0123456789 \t\r\nabcXYZ<>/\u00A0\u3042\0";
        List<String> inputs = new ArrayList<>(List.of("", "!", ":", "::!!", "#", "---", "1.2.3.4", "\r", "\r\n\r\n",
                Fixtures.read("aws/cisco-ios-bgp-old-crlf.txt"), Fixtures.read("aws/generic-bgp.txt"),
                Fixtures.read("aws/customer-gateway-bgp.xml")));
        for (int i = 0; i < 300; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(200);
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            inputs.add(text.toString());
        }
        for (String input : inputs) {
            List<String> errors = new ArrayList<>();
            CiscoSampleParser.SampleContext tree = parse(input, errors);
            assertEquals(List.of(), errors, "input: " + input.replace("\n", "\\n"));
            long breaks = input.chars().filter(c -> c == '\n').count()
                    + input.replace("\r\n", "\n").chars().filter(c -> c == '\r').count();
            assertEquals(breaks + 1, tree.line().size(), "one line context per line");
        }
    }
}
