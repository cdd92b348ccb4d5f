package dev.ixls.service;

import dev.ixls.analysis.SampleLinks;
import dev.ixls.service.TranscriptDiagnoses.ConfigFile;
import dev.ixls.syntax.TextDecoder;
import dev.ixls.transcript.ShowTranscript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Finds the config a transcript of router output belongs to, for an editor that has the
 * transcript open without the config beside it: the first config that names one of the
 * transcript's IKE peers, among the open ones first, then the {@code .ix}/{@code .ixconf} files
 * of the workspace (read one by one, only as far as needed).
 */
public final class WorkspaceConfigs {

    /** At most this many files are looked at, of at most this size. */
    static final int MAX_FILES = 200;
    static final long MAX_BYTES = 4L << 20;
    private static final int MAX_DEPTH = 6;

    private WorkspaceConfigs() {
    }

    /** The first candidate sharing an IKE peer with the transcript, or null. */
    public static ConfigFile configFor(IxLanguageService service, ShowTranscript transcript, Iterator<ConfigFile> candidates) {
        Set<String> peers = TranscriptDiagnoses.peersOf(transcript);
        if (peers.isEmpty()) {
            return null;
        }
        while (candidates.hasNext()) {
            ConfigFile c = candidates.next();
            if (SampleLinks.peersOf(service.model(c.text())).stream().anyMatch(peers::contains)) {
                return c;
            }
        }
        return null;
    }

    /** The config files under the folders (build output, dependencies and hidden folders skipped), read lazily. */
    public static Iterator<ConfigFile> onDisk(List<Path> roots, Function<Path, String> toUri) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> walk = Files.walk(root, MAX_DEPTH)) {
                walk.filter(p -> isConfigName(p) && Files.isRegularFile(p) && !skipped(root, p)).limit(MAX_FILES)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // An unreadable folder is skipped; the others are still looked at.
            }
        }
        Iterator<Path> paths = files.iterator();
        return new Iterator<>() {
            private ConfigFile next = advance();

            private ConfigFile advance() {
                while (paths.hasNext()) {
                    Path p = paths.next();
                    try {
                        if (Files.size(p) <= MAX_BYTES) {
                            TextDecoder.Decoded d = TextDecoder.decode(Files.readAllBytes(p));
                            if (d.encoding() != TextDecoder.Encoding.BINARY) {
                                return new ConfigFile(toUri.apply(p), d.text());
                            }
                        }
                    } catch (IOException e) {
                        // Unreadable: the next file.
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public ConfigFile next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                ConfigFile out = next;
                next = advance();
                return out;
            }
        };
    }

    private static boolean isConfigName(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        return name.endsWith(".ix") || name.endsWith(".ixconf");
    }

    private static boolean skipped(Path root, Path file) {
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String part = rel.getName(i).toString();
            if (part.startsWith(".") || SampleIndex.SKIPPED_FOLDERS.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
