package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.model.IxConfig;
import dev.ixls.syntax.TextDecoder;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * The AWS samples a config may be checked against, found by content (never by file name): those
 * on disk in the folders walked (workspace folders, {@code ixls check}'s folders), those saved
 * beside a config ({@link #indexBeside}), those open in the editor (their text wins over the
 * disk), and those the settings or the command line name explicitly. Configs link to the samples
 * that share a peer address with them; explicitly named samples link to every config. The
 * language server and {@code ixls check} both link through this class, so both find the same
 * samples. Listings are in URI order, so a link never depends on a hash map's order. Thread-safe.
 */
public final class SampleIndex {

    /** Files larger than this are not read while scanning (a DescribeVpnConnections result may be large). */
    public static final long MAX_SCAN_BYTES = AwsSampleReader.MAX_INPUT_CHARS;
    /** Folders never scanned: build output, dependencies, version control. */
    public static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "dist", "out", ".git",
            ".svn", ".hg", ".idea", ".vscode");
    /** A scan stops after this many files, whatever the workspace holds. */
    public static final int MAX_SCAN_FILES = 20_000;
    private static final int HEAD_BYTES = 64 * 1024;
    /** A config's own folder is listed up to this many files (a Downloads folder may hold thousands). */
    public static final int MAX_BESIDE_FILES = 500;

    /**
     * One document that reads as an AWS sample.
     *
     * @param samples the connections read from it; empty when it could not be read
     * @param problem why it could not be read, or null (never contains a key)
     * @param text its text, to place related information on a value of it; null when not kept
     */
    public record Entry(String uri, List<AwsSample> samples, LocalizedText problem, boolean explicit, String text) {

        public Entry(String uri, List<AwsSample> samples, LocalizedText problem, boolean explicit) {
            this(uri, samples, problem, explicit, null);
        }
    }

    /** Reports a scan's progress: files looked at so far, and files to look at. */
    public interface Progress {
        void report(int done, int total);
    }

    private final Map<String, Entry> fromDisk = new ConcurrentHashMap<>();
    private final Map<String, Entry> fromEditor = new ConcurrentHashMap<>();
    private volatile List<Entry> explicit = List.of();
    /** The folders {@link #indexBeside} has read, each once. */
    private final Set<Path> besideFolders = ConcurrentHashMap.newKeySet();

    /**
     * Reads a text as a sample when its content says it is one.
     *
     * @return the entry, or empty when the text is not an AWS sample at all
     */
    public static Optional<Entry> read(String uri, String text, boolean explicit) {
        if (!AwsSampleReader.looksLikeSample(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Entry(uri, AwsSampleReader.readAll(text), null, explicit, text));
        } catch (SampleFormatException e) {
            return Optional.of(new Entry(uri, List.of(), e.text(), explicit));
        }
    }

    /** An open document's text; returns its entry, or empty (and forgets it) when it is not a sample. */
    public Optional<Entry> updateOpen(String uri, String text) {
        Optional<Entry> entry = read(uri, text, false);
        putOpen(uri, entry);
        return entry;
    }

    /**
     * Records what an open document reads as (empty: not a sample).
     *
     * @return whether the samples it holds changed
     */
    public boolean putOpen(String uri, Optional<Entry> entry) {
        Entry before = entry.isPresent() ? fromEditor.put(uri, entry.get()) : fromEditor.remove(uri);
        List<AwsSample> was = before == null ? List.of() : before.samples();
        List<AwsSample> now = entry.map(Entry::samples).orElse(List.of());
        return !was.equals(now);
    }

    /** The document was closed: the disk's version counts again. Returns whether it was a sample. */
    public boolean closeOpen(String uri) {
        return fromEditor.remove(uri) != null;
    }

    /** A file on disk was created or changed; returns whether it is a sample (now or before). */
    public boolean updateFile(String uri, Path file) {
        Optional<Entry> entry = readFile(uri, file, false);
        Entry before = entry.isPresent() ? fromDisk.put(uri, entry.get()) : fromDisk.remove(uri);
        return entry.isPresent() || before != null;
    }

    /**
     * Reads the samples saved in a config's own folder (not below it), once per folder: a sample
     * downloaded beside its config links without a workspace, a setting or a flag, as a person
     * would expect. Files already known keep their entry.
     *
     * @param configFile the config's path (relative ones against the working directory)
     * @return the URIs of the samples found that were not known before
     */
    public Set<String> indexBeside(Path configFile, java.util.function.Function<Path, String> toUri) {
        Path folder = configFile.toAbsolutePath().normalize().getParent();
        if (folder == null || !besideFolders.add(folder)) {
            return Set.of();
        }
        List<Path> files = new ArrayList<>();
        try (java.util.stream.Stream<Path> list = Files.list(folder)) {
            list.filter(f -> !f.getFileName().toString().startsWith(".")).limit(MAX_BESIDE_FILES).forEach(files::add);
        } catch (IOException | java.io.UncheckedIOException | SecurityException e) {
            return Set.of(); // an unreadable folder: nothing beside the config to link
        }
        files.sort(null);
        Set<String> added = new java.util.TreeSet<>();
        for (Path f : files) {
            String uri = toUri.apply(f);
            if (fromDisk.containsKey(uri) || fromEditor.containsKey(uri)) {
                continue;
            }
            Optional<Entry> e = readFile(uri, f, false);
            if (e.isPresent() && fromDisk.putIfAbsent(uri, e.get()) == null) {
                added.add(uri);
            }
        }
        return added;
    }

    /** A file read elsewhere (a path {@code ixls check} was given) that reads as a sample. */
    public void putFile(Entry entry) {
        fromDisk.put(entry.uri(), entry);
    }

    /** A file on disk was deleted; returns whether it was a sample. */
    public boolean deleteFile(String uri) {
        return fromDisk.remove(uri) != null;
    }

    public boolean isSample(String uri) {
        return fromEditor.containsKey(uri) || fromDisk.containsKey(uri)
                || explicit.stream().anyMatch(e -> e.uri().equals(uri));
    }

    public Optional<Entry> entry(String uri) {
        Entry e = fromEditor.get(uri);
        if (e == null) {
            e = fromDisk.get(uri);
        }
        if (e == null) {
            e = explicit.stream().filter(x -> x.uri().equals(uri)).findFirst().orElse(null);
        }
        return Optional.ofNullable(e);
    }

    /** Replaces the explicitly named samples (from the settings). Returns problems for the server log (English). */
    public List<String> setExplicit(List<Path> files, java.util.function.Function<Path, String> toUri) {
        List<Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String uri = toUri.apply(f);
            Optional<Entry> e = readFile(uri, f, true);
            if (e.isEmpty()) {
                problems.add(f + ": not an AWS Site-to-Site VPN sample (or not readable)");
            } else {
                if (e.get().problem() != null) {
                    problems.add(f + ": " + e.get().problem().en());
                }
                entries.add(e.get());
            }
        }
        explicit = List.copyOf(entries);
        return problems;
    }

    /** Adds a sample named explicitly that the caller read itself ({@code ixls check --aws-sample}). */
    public synchronized void addExplicit(Entry entry) {
        List<Entry> all = new ArrayList<>(explicit);
        all.add(new Entry(entry.uri(), entry.samples(), entry.problem(), true, entry.text()));
        explicit = List.copyOf(all);
    }

    /** Every sample connection known, one per connection, the editor's text first. */
    public List<LinkedSample> all() {
        List<LinkedSample> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Entry e : explicit) {
            add(out, seen, e);
        }
        for (Entry e : inUriOrder(fromEditor)) {
            add(out, seen, e);
        }
        for (Entry e : inUriOrder(fromDisk)) {
            if (!fromEditor.containsKey(e.uri())) {
                add(out, seen, e);
            }
        }
        return out;
    }

    private static List<Entry> inUriOrder(Map<String, Entry> entries) {
        List<Entry> out = new ArrayList<>(entries.values());
        out.sort(java.util.Comparator.comparing(Entry::uri));
        return out;
    }

    private static void add(List<LinkedSample> out, java.util.Set<String> seen, Entry e) {
        if (!seen.add(e.uri())) {
            return;
        }
        for (AwsSample s : e.samples()) {
            out.add(new LinkedSample(s, e.uri(), e.text()));
        }
    }

    /**
     * The samples a config is compared with: those sharing a peer with it, named ones first; when
     * none does, every sample named explicitly (a config whose peers are all mistyped, or not yet
     * written, is still compared with what the user named). A named sample of another VPN is not
     * forced onto a config that matches its own sample: a config just generated from one sample
     * must not be told it lacks another connection's tunnels.
     */
    public List<LinkedSample> linkedTo(IxConfig config) {
        List<LinkedSample> all = all();
        Set<String> explicitUris = new java.util.HashSet<>();
        explicit.forEach(e -> explicitUris.add(e.uri()));
        List<LinkedSample> named = new ArrayList<>();
        List<LinkedSample> found = new ArrayList<>();
        for (LinkedSample s : all) {
            (explicitUris.contains(s.location()) ? named : found).add(s);
        }
        List<LinkedSample> out = new ArrayList<>(SampleLinks.forConfig(config, named));
        out.addAll(SampleLinks.forConfig(config, found));
        return out.isEmpty() ? named : out;
    }

    /**
     * Walks the folders for samples, replacing what an earlier scan found under them.
     *
     * @return how many sample documents were found
     */
    public int scan(List<Path> roots, java.util.function.Function<Path, String> toUri, Progress progress,
            BooleanSupplier cancelled) {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            collect(root, files);
        }
        int found = 0;
        int done = 0;
        Map<String, Entry> fresh = new java.util.HashMap<>();
        for (Path f : files) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            String uri = toUri.apply(f);
            Optional<Entry> e = readFile(uri, f, false);
            if (e.isPresent()) {
                fresh.put(uri, e.get());
                found++;
            }
            done++;
            if (done % 50 == 0 || done == files.size()) {
                progress.report(done, files.size());
            }
        }
        if (!cancelled.getAsBoolean()) {
            for (Path root : roots) {
                String prefix = toUri.apply(root);
                String folder = prefix.endsWith("/") ? prefix : prefix + "/";
                fromDisk.keySet().removeIf(uri -> uri.startsWith(folder) && !fresh.containsKey(uri));
            }
        }
        fromDisk.putAll(fresh);
        return found;
    }

    private static void collect(Path root, List<Path> out) {
        if (!Files.isDirectory(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (SKIPPED_FOLDERS.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return out.size() >= MAX_SCAN_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && attrs.size() > 0 && attrs.size() <= MAX_SCAN_BYTES) {
                        out.add(file);
                    }
                    return out.size() >= MAX_SCAN_FILES ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // An unreadable folder is skipped; the scan goes on with what it found.
        }
    }

    private static Optional<Entry> readFile(String uri, Path file, boolean explicit) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_SCAN_BYTES) {
                return Optional.empty();
            }
            // Detection needs only the start of a file: read the rest only for a sample.
            byte[] head;
            try (java.io.InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(HEAD_BYTES);
            }
            TextDecoder.Decoded start = TextDecoder.decode(head);
            if (start.encoding() == TextDecoder.Encoding.BINARY || !AwsSampleReader.looksLikeSample(start.text())) {
                return Optional.empty();
            }
            TextDecoder.Decoded d = head.length < HEAD_BYTES ? start : TextDecoder.decode(Files.readAllBytes(file));
            if (d.encoding() == TextDecoder.Encoding.BINARY) {
                return Optional.empty();
            }
            return read(uri, d.text(), explicit);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
