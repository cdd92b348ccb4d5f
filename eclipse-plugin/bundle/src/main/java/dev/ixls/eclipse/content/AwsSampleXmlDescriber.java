package dev.ixls.eclipse.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Optional;

import org.eclipse.core.runtime.QualifiedName;
import org.eclipse.core.runtime.content.IContentDescription;
import org.eclipse.core.runtime.content.ITextContentDescriber;

/**
 * Recognises the customer gateway XML by its root element ({@code vpn_connection}, after the
 * prolog): the one shape that sample has. Every {@code .xml} file Eclipse shows is described (a
 * project's pom.xml included), so this one does not load the server's detectors
 * ({@link AwsSampleDescriber} does, for text files).
 */
public final class AwsSampleXmlDescriber implements ITextContentDescriber {

    @Override
    public int describe(Reader contents, IContentDescription description) throws IOException {
        return AwsSampleDescriber.isAwsSample(TextHead.read(contents), Optional.empty()) ? VALID : INVALID;
    }

    @Override
    public int describe(InputStream contents, IContentDescription description) throws IOException {
        return describe(TextHead.reader(contents), description);
    }

    @Override
    public QualifiedName[] getSupportedOptions() {
        return new QualifiedName[0];
    }
}
