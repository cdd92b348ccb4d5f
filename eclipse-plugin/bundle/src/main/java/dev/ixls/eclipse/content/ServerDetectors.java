package dev.ixls.eclipse.content;

import java.io.File;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.ixls.eclipse.Ixls;

/**
 * The language server's own content detectors, run from the server jar this plugin ships: Eclipse
 * then recognises an AWS sample by the same rules as the server and {@code ixls check}
 * ({@code dev.ixls.aws.AwsSampleReader.looksLikeSample}), so a sample pasted without its header or
 * with its line breaks lost gets the sample content type, and a transcript of router output by
 * the rule the server diagnoses it by ({@code dev.ixls.transcript.ShowTranscript.looksLikeTranscript});
 * there is no second copy of the rules to drift. The jar is loaded in a class loader of its own whose parent is the platform class
 * loader: its other classes (LSP4J, Gson, ...) never meet Eclipse's.
 */
final class ServerDetectors {

    /** How much of a text the server's detectors look at (AwsSampleReader.DETECT_PREFIX_CHARS). */
    static final int DETECT_CHARS = 64 * 1024;

    private static final String READER_CLASS = "dev.ixls.aws.AwsSampleReader";
    private static final String LOOKS_LIKE_SAMPLE = "looksLikeSample";
    private static final String TRANSCRIPT_CLASS = "dev.ixls.transcript.ShowTranscript";
    private static final String LOOKS_LIKE_TRANSCRIPT = "looksLikeTranscript";

    /** Loaded once per Eclipse session, on the first file described. */
    private static final class Shipped {
        static final Optional<ServerDetectors> INSTANCE = loadShipped();
    }

    private final MethodHandle looksLikeSample;
    private final MethodHandle looksLikeTranscript;

    private ServerDetectors(MethodHandle looksLikeSample, MethodHandle looksLikeTranscript) {
        this.looksLikeSample = looksLikeSample;
        this.looksLikeTranscript = looksLikeTranscript;
    }

    /** The detectors of the server jar inside this bundle; empty outside Eclipse or when the jar is missing. */
    static Optional<ServerDetectors> shipped() {
        return Shipped.INSTANCE;
    }

    /** The detectors of a server jar. */
    static ServerDetectors load(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IOException("no server jar at " + jar);
        }
        // Never closed: the loader lives as long as the plugin, and its classes are used on every describe.
        @SuppressWarnings("resource")
        URLClassLoader loader = new URLClassLoader(new URL[] { jar.toUri().toURL() }, ClassLoader.getPlatformClassLoader());
        return new ServerDetectors(detector(jar, loader, READER_CLASS, LOOKS_LIKE_SAMPLE),
                detector(jar, loader, TRANSCRIPT_CLASS, LOOKS_LIKE_TRANSCRIPT));
    }

    /** A server's {@code static boolean name(String)}. */
    private static MethodHandle detector(Path jar, ClassLoader loader, String className, String name) throws IOException {
        try {
            Class<?> type = Class.forName(className, true, loader);
            return MethodHandles.publicLookup().findStatic(type, name, MethodType.methodType(boolean.class, String.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new IOException(jar + " has no " + className + "." + name + "(String): " + e, e);
        }
    }

    /** Whether the server reads the text (its first {@link #DETECT_CHARS} characters) as an AWS sample. */
    boolean isAwsSample(String text) {
        return ask(looksLikeSample, text);
    }

    /**
     * Whether the server reads the text as a transcript of router output: the output of at least
     * one {@code show} command that tells the router's state (a running config alone is a config).
     * The server reads a text that is also a sample as a sample; {@link TranscriptDescriber} does too.
     */
    boolean looksLikeTranscript(String text) {
        return ask(looksLikeTranscript, text);
    }

    private static boolean ask(MethodHandle detector, String text) {
        try {
            return (boolean) detector.invokeExact(text);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<ServerDetectors> loadShipped() {
        Bundle bundle = FrameworkUtil.getBundle(ServerDetectors.class);
        if (bundle == null) {
            return Optional.empty();
        }
        try {
            URL entry = bundle.getEntry(Ixls.SERVER_JAR_ENTRY);
            if (entry == null) {
                throw new IOException(Ixls.SERVER_JAR_ENTRY + " is missing from the plugin");
            }
            // As when the server starts: the framework extracts the jar from a jarred bundle.
            return Optional.of(load(new File(FileLocator.toFileURL(entry).getPath()).toPath()));
        } catch (IOException | RuntimeException e) {
            Platform.getLog(bundle).log(new Status(IStatus.WARNING, Ixls.PLUGIN_ID,
                    "AWS samples and router transcripts are recognised by their first line only: the server's detectors could not be loaded ("
                            + e.getMessage() + ")"));
            return Optional.empty();
        }
    }
}
