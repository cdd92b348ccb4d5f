package dev.ixls.eclipse.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * A content describer that decides on the head of a file (at most {@link ServerDetectors#DETECT_CHARS}
 * characters, as the server's detectors read), with the server's detectors when its jar loads.
 */
abstract class TextHeadDescriber implements ITextContentDescriber {

    /** Whether a file that starts with {@code head} has this describer's content type. */
    abstract boolean matches(String head, Optional<ServerDetectors> server);

    @Override
    public final int describe(Reader contents, IContentDescription description) throws IOException {
        return matches(TextHead.read(contents, ServerDetectors.DETECT_CHARS), ServerDetectors.shipped()) ? VALID
                : INVALID;
    }

    @Override
    public final int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(TextHead.reader(contents, ServerDetectors.DETECT_CHARS), description);
    }

    @Override
    public final QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
