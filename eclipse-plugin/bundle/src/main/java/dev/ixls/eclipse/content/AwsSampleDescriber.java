package dev.ixls.eclipse.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the AWS Site-to-Site VPN sample configurations by content, with the language server's
 * own detectors ({@link ServerDetectors}): whatever the server reads as a sample (Cisco IOS or ASA,
 * pasted with its header or line breaks lost, Generic, the customer gateway XML, ...) gets the
 * sample content type, whatever its name. Should the server jar not load, by the first line alone:
 * the Cisco IOS sample ({@code ! Amazon Web Services}), the Generic sample
 * ({@code Amazon Web Services}), and the customer gateway XML (root element {@code vpn_connection}).
 */
public final class AwsSampleDescriber extends TextHeadDescriber {

    private static final Pattern FIRST_LINE = Pattern.compile("!?\\s*Amazon Web Services");
    /** The prolog an XML document may open with: declaration, comments, doctype, processing instructions. */
    private static final Pattern XML_PROLOG = Pattern.compile(
            "\\A(?:\\s|<\\?.*?\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", Pattern.DOTALL);
    private static final Pattern ROOT = Pattern.compile("<vpn_connection[\\s/>]");

    @Override
    boolean matches(String head, Optional<ServerDetectors> server) {
        return isAwsSample(head, server);
    }

    static boolean isAwsSample(String head, Optional<ServerDetectors> server) {
        return server.isPresent() ? server.get().isAwsSample(head) : firstLineSaysSample(head);
    }

    static boolean firstLineSaysSample(String head) {
        String text = head.substring(0, Math.min(head.length(), TextHead.MAX_CHARS)).stripLeading();
        if (text.startsWith("<")) {
            Matcher prolog = XML_PROLOG.matcher(text);
            int rootAt = prolog.lookingAt() ? prolog.end() : 0;
            return ROOT.matcher(text).region(rootAt, text.length()).lookingAt();
        }
        int end = text.indexOf('\n');
        String firstLine = (end < 0 ? text : text.substring(0, end)).strip();
        return FIRST_LINE.matcher(firstLine).matches();
    }
}
