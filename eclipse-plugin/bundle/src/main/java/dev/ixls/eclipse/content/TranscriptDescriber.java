package dev.ixls.eclipse.content;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a transcript of an IX router's {@code show} output saved under a general name
 * ({@code *.txt}, {@code *.log}: a console or SSH session log, netmiko or Ansible output) with the
 * language server's own detector ({@link ServerDetectors#looksLikeTranscript}), the rule by which
 * the server decides to diagnose it: the output of at least one command that tells the router's
 * state. As in the server, a text that reads as an AWS sample is a sample, not a transcript.
 * Should the server jar not load, by the first line alone, with the VS Code extension's rule for
 * its {@code nec-ix-show} language (a prompt and a {@code show} or {@code ping} command other than
 * {@code show running-config}, or the first line of an output ixls reads). Files named
 * {@code *.ixlog} need no describer.
 */
public final class TranscriptDescriber extends TextHeadDescriber {

    /** The VS Code extension's firstLine for nec-ix-show (vscode-client/package.json). */
    private static final Pattern FIRST_LINE = Pattern.compile("(?:[A-Za-z0-9][A-Za-z0-9_.-]*(?:\\([^()\\s]*\\))?#\\s*"
            + "(?:(?:sh|sho|show)\\s+(?!r)|ping\\s)|ISAKMP SA - \\d|IPsec SA - \\d|IP Routing Table - |BGP router ID )");

    @Override
    boolean matches(String head, Optional<ServerDetectors> server) {
        return isTranscript(head, server);
    }

    static boolean isTranscript(String head, Optional<ServerDetectors> server) {
        if (server.isPresent()) {
            return !server.get().isAwsSample(head) && server.get().looksLikeTranscript(head);
        }
        return firstLineSaysTranscript(head) && !AwsSampleDescriber.firstLineSaysSample(head);
    }

    static boolean firstLineSaysTranscript(String head) {
        String text = head.substring(0, Math.min(head.length(), TextHead.MAX_CHARS)).stripLeading();
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return FIRST_LINE.matcher(firstLine).lookingAt();
    }
}
