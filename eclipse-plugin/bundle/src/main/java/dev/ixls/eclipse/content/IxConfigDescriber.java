package dev.ixls.eclipse.content;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises the output of an IX router's {@code show running-config} saved under a general name
 * ({@code *.txt}, {@code *.log}, ...): it starts with {@code Using 2843 out of 524288 bytes} and
 * the {@code ! NEC Portable Internetwork Core Operating System Software} banner. Either line among
 * the first {@value #LINES} non-blank lines (a console prompt may come before them) makes it valid.
 * Files named {@code *.ix} and {@code *.ixconf} need no describer. A transcript that holds such
 * output and then the router's state ({@link TranscriptDescriber}) is not a config.
 */
public final class IxConfigDescriber extends TextHeadDescriber {

    static final int LINES = 8;

    private static final Pattern USING = Pattern.compile("Using\\s+\\d+\\s+out\\s+of\\s+\\d+\\s+bytes");
    private static final Pattern BANNER =
            Pattern.compile("!\\s*NEC\\s+Portable\\s+Internetwork\\s+Core\\s+Operating\\s+System\\s+Software");

    @Override
    boolean matches(String head, Optional<ServerDetectors> server) {
        return isRunningConfig(head, server);
    }

    /**
     * The header near the top, and no transcript: a session log that starts with show
     * running-config and goes on to show the router's state is read by the server as a
     * transcript, and gets the transcript's content type.
     */
    static boolean isRunningConfig(String head, Optional<ServerDetectors> server) {
        return isIxConfig(TextHead.nonBlankLines(head.substring(0, Math.min(head.length(), TextHead.MAX_CHARS)), LINES))
                && !TranscriptDescriber.isTranscript(head, server);
    }

    static boolean isIxConfig(List<String> firstLines) {
        for (String line : firstLines) {
            if (USING.matcher(line).matches() || BANNER.matcher(line).matches()) {
                return true;
            }
        }
        return false;
    }
}
