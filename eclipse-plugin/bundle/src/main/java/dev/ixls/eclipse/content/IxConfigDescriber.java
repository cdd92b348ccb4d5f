package dev.ixls.eclipse.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognises the output of an IX router's {@code show running-config} saved under a general name
 * ({@code *.txt}, {@code *.log}, ...): it starts with {@code Using 2843 out of 524288 bytes} and
 * the {@code ! NEC Portable Internetwork Core Operating System Software} banner. Either line among
 * the first {@value #LINES} non-blank lines (a console prompt may come before them) makes it valid.
 * Files named {@code *.ix} and {@code *.ixconf} need no describer.
 */
public final class IxConfigDescriber implements ITextContentDescriber {

    static final int LINES = 8;

    private static final Pattern USING = Pattern.compile("Using\\s+\\d+\\s+out\\s+of\\s+\\d+\\s+bytes");
    private static final Pattern BANNER =
            Pattern.compile("!\\s*NEC\\s+Portable\\s+Internetwork\\s+Core\\s+Operating\\s+System\\s+Software");

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        return isIxConfig(TextHead.nonBlankLines(contents, LINES)) ? VALID : INVALID;
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(TextHead.reader(contents), description);
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
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
