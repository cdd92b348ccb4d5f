package dev.ixls.cli;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.InternalFailure;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.analysis.TunnelStatuses;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.cli.report.FileReport;
import dev.ixls.cli.report.JsonReport;
import dev.ixls.cli.report.Report;
import dev.ixls.cli.report.SarifReport;
import dev.ixls.cli.report.TextReport;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.service.ConfigAnalysis;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.WorkspaceSettings;
import dev.ixls.syntax.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ixls check}: lint IX configs, cross-checked against AWS samples. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check NEC IX configs. AWS samples among the paths, beside each config or named in .ixls.json "
                + "(found by content) are matched to the configs by peer address and cross-checked.")
final class CheckCommand implements Callable<Integer> {

    /**
     * Larger files are refused rather than read into memory: the JVM options the launcher passes
     * (-Xmx384m) check a config of this size with room to spare (a real one is a few hundred kB).
     */
    static final long MAX_FILE_BYTES = 8L << 20;

    private static final Set<String> CONFIG_EXTENSIONS = Set.of("ix", "ixconf", "conf", "cfg", "config", "txt");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "dist", "out");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", descriptionKey = "paths", description = "Config files or folders to walk.")
    List<Path> paths;

    @Option(names = "--aws-sample", paramLabel = "FILE", description = "An AWS sample to compare every config with (repeatable).")
    List<Path> awsSamples = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", paramLabel = "en|ja", converter = LanguageChoice.Tag.class, description = "Language of messages (default: from LANG).")
    String lang;

    @Option(names = "--summary", description = "Also show, per tunnel of each linked AWS sample, a pass/fail mark for "
            + "IKE proposal, key, IPsec proposal, inside address, BGP neighbor and ASNs.")
    boolean summary;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: the nearest .ixls.json from the working directory up).")
    Path settingsFile;

    private boolean ioError;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Report report = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport(summary);
            case "json" -> new JsonReport(summary);
            case "sarif" -> new SarifReport(Main.version(), summary);
            default -> null;
        };
        if (report == null) {
            err.println("ixls check: --format takes text, json or sarif, not '" + format + "'");
            return 2;
        }
        Language language = language();
        WorkspaceSettings settings;
        try {
            // The nearest .ixls.json from the working directory up, else from the first path's folder
            // up (a project checked from elsewhere keeps its settings, as its editor would).
            Path file = settingsFile != null ? settingsFile : WorkspaceSettings.find(Path.of(""))
                    .or(() -> paths.isEmpty() ? java.util.Optional.empty() : WorkspaceSettings.find(
                            Files.isDirectory(paths.get(0)) ? paths.get(0) : paths.get(0).toAbsolutePath().getParent()))
                    .orElse(null);
            // What the settings hold that ixls does not use is named, never ignored in silence.
            settings = file == null ? WorkspaceSettings.defaults() : WorkspaceSettings.load(file,
                    problem -> err.println("ixls check: " + file + ": " + problem.message().get(language)));
        } catch (IOException e) {
            err.println("ixls check: " + e.getMessage());
            return 2;
        }

        CheckLinks links = new CheckLinks();
        List<Path> explicitPaths = new ArrayList<>(awsSamples);
        explicitPaths.addAll(settings.awsSamples());
        for (Path p : explicitPaths) {
            try {
                String text = readText(p);
                links.named(p, text, AwsSampleReader.readAll(text));
            } catch (IOException e) {
                err.println("ixls check: cannot read AWS sample " + p + ": " + Failures.reason(e));
                return 2;
            } catch (SampleFormatException e) {
                err.println("ixls check: " + p + ": " + e.getMessage());
                return 2;
            }
        }

        List<Input> inputs = collect(err);
        List<FileReport> reports = new ArrayList<>();
        List<Input> configs = new ArrayList<>();
        for (Input in : inputs) {
            var sample = in.decoded.encoding() == TextDecoder.Encoding.BINARY ? java.util.Optional.<dev.ixls.service
                    .SampleIndex.Entry>empty() : links.input(in.path, in.decoded.text());
            if (sample.isPresent()) {
                if (sample.get().problem() != null) {
                    reports.add(new FileReport(display(in.path),
                            List.of(InputNotAConfig.unreadableSample(sample.get().problem()))));
                }
            } else if (in.explicit || mayBeConfig(in)) {
                configs.add(in);
            }
        }
        configs.forEach(in -> links.config(in.path));

        IxLanguageService service = new IxLanguageService();
        for (Input in : configs) {
            ConfigAnalysis analysis;
            try {
                analysis = service.analyze(display(in.path), in.bytes, links::linkedTo, settings.rules());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                // ixls failed on this file (a bug, or a file too big for the heap): say so in its
                // report, and go on with the others (what the failed check held is garbage now).
                reports.add(new FileReport(display(in.path), List.of(InternalFailure.ofCheck(e))));
                continue;
            }
            // In a walked folder, a .txt or .conf file counts only if it reads as an IX config.
            boolean isConfig = in.explicit || hasIxExtension(in.path)
                    || (analysis.config() != null && analysis.config().parsed().looksLikeIxConfig()
                            && !in.decoded.text().isBlank());
            if (!isConfig) {
                continue;
            }
            List<TunnelStatus> tunnels = List.of();
            List<Diagnostic> diagnostics = analysis.diagnostics();
            if (summary && analysis.config() != null) {
                try {
                    tunnels = TunnelStatuses.of(new AnalysisContext(display(in.path), analysis.config(),
                            analysis.samples(), service.catalog()));
                } catch (RuntimeException | StackOverflowError e) {
                    diagnostics = new ArrayList<>(diagnostics);
                    diagnostics.add(0, InternalFailure.ofSummary(e));
                }
            }
            reports.add(new FileReport(display(in.path), diagnostics, tunnels));
        }

        PrintWriter out = spec.commandLine().getOut();
        if (reports.isEmpty() && ioError && report instanceof TextReport) {
            return exitCode(reports, true); // each path was said to be unreadable: no "0 files checked"
        }
        report.write(reports, language, out);
        out.flush();
        return exitCode(reports, ioError);
    }

    /**
     * 2 for an I/O or internal error (IX900: the run is incomplete, whatever it found), else 1 for
     * errors, else 0. Decided after every file's report is written.
     */
    static int exitCode(List<FileReport> reports, boolean ioError) {
        if (ioError || reports.stream().flatMap(r -> r.diagnostics().stream()).anyMatch(InternalFailure::isInternal)) {
            return 2;
        }
        boolean errors = reports.stream().flatMap(r -> r.diagnostics().stream()).anyMatch(d -> d.severity() == Severity.ERROR);
        return errors ? 1 : 0;
    }

    private Language language() {
        return LanguageChoice.of(lang);
    }

    /** A file to check, read once. */
    private record Input(Path path, byte[] bytes, TextDecoder.Decoded decoded, boolean explicit) {
    }

    /**
     * Every file to look at, once each: a file named and also inside a named folder counts once, as
     * named. Links to folders are followed (a link back up the tree is reported once, not walked
     * again); named pipes, sockets and devices are skipped with a message, never read (reading a
     * pipe waits for a writer that never comes).
     */
    private List<Input> collect(PrintWriter err) {
        java.util.Map<Path, Input> byPath = new java.util.LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                List<Path> files = new ArrayList<>();
                try {
                    Files.walkFileTree(p, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS),
                            Integer.MAX_VALUE, new Walk(p, files, err));
                } catch (IOException | UncheckedIOException e) {
                    err.println(Messages.get(language(), "cli.cannotWalk", "path", p, "reason", reason(e)));
                    ioError = true;
                }
                files.sort(null);
                for (Path f : files) {
                    if (!byPath.containsKey(key(f))) {
                        read(f, false, err).ifPresent(in -> byPath.put(key(f), in));
                    }
                }
            } else {
                Input known = byPath.get(key(p));
                if (known == null || !known.explicit) {
                    read(p, true, err).ifPresent(in -> byPath.put(key(p), in));
                }
            }
        }
        return new ArrayList<>(byPath.values());
    }

    private static String reason(Exception e) {
        return e instanceof IOException io ? Failures.reason(io)
                : e.getCause() instanceof IOException io ? Failures.reason(io) : e.getClass().getSimpleName();
    }

    /** Collects a folder's files, skipping hidden and build folders, and saying what it cannot walk. */
    private final class Walk extends java.nio.file.SimpleFileVisitor<Path> {
        private final Path root;
        private final List<Path> files;
        private final PrintWriter err;

        Walk(Path root, List<Path> files, PrintWriter err) {
            this.root = root;
            this.files = files;
            this.err = err;
        }

        @Override
        public java.nio.file.FileVisitResult preVisitDirectory(Path dir,
                java.nio.file.attribute.BasicFileAttributes attrs) {
            if (!dir.equals(root)) {
                String name = dir.getFileName().toString();
                if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                    return java.nio.file.FileVisitResult.SKIP_SUBTREE;
                }
            }
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
            if (file.getFileName().toString().startsWith(".")) {
                return java.nio.file.FileVisitResult.CONTINUE;
            }
            if (attrs.isRegularFile()) {
                files.add(file);
            } else if (attrs.isSymbolicLink()) {
                err.println(Messages.get(language(), "cli.brokenLink", "path", file));
            } else if (attrs.isOther()) {
                err.println(Messages.get(language(), "cli.notAFile", "path", file));
            }
            return java.nio.file.FileVisitResult.CONTINUE;
        }

        @Override
        public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
            if (e instanceof java.nio.file.FileSystemLoopException) {
                err.println(Messages.get(language(), "cli.linkLoop", "path", file));
            } else {
                err.println(Messages.get(language(), "cli.cannotRead", "path", file, "reason", Failures.reason(e)));
                ioError = true;
            }
            return java.nio.file.FileVisitResult.CONTINUE;
        }
    }

    /** One key per file, however it was reached (through links included). */
    private static Path key(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }

    private java.util.Optional<Input> read(Path p, boolean explicit, PrintWriter err) {
        try {
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            if (!Files.isRegularFile(p)) {
                // A named pipe or a device: reading it may never end. Named on the command line, it
                // is an error (it was asked for and not checked); met in a folder, a remark.
                err.println(Messages.get(language(), "cli.notAFile", "path", p));
                ioError = explicit || ioError;
                return java.util.Optional.empty();
            }
            if (Files.size(p) > MAX_FILE_BYTES) {
                err.println(Messages.get(language(), "cli.tooLarge", "path", p, "max", MAX_FILE_BYTES >> 20));
                ioError = explicit || ioError;
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(p);
            return java.util.Optional.of(new Input(p, bytes, TextDecoder.decode(bytes), explicit));
        } catch (IOException e) {
            err.println(Messages.get(language(), "cli.cannotRead", "path", p, "reason", Failures.reason(e)));
            ioError = true;
            return java.util.Optional.empty();
        }
    }

    /** Inside a walked folder, only files with a config-like extension are considered. */
    private static boolean mayBeConfig(Input in) {
        return in.decoded.encoding() != TextDecoder.Encoding.BINARY && CONFIG_EXTENSIONS.contains(extension(in.path));
    }

    private static boolean hasIxExtension(Path p) {
        String ext = extension(p);
        return ext.equals("ix") || ext.equals("ixconf");
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Paths inside the working directory are shown relative to it, as SARIF and editors want. */
    static String display(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace('\\', '/') : abs.toString();
    }

    static String readText(Path p) throws IOException {
        byte[] bytes = Files.readAllBytes(p);
        TextDecoder.Decoded d = TextDecoder.decode(bytes);
        if (d.encoding() == TextDecoder.Encoding.BINARY) {
            throw new IOException("binary file");
        }
        return d.text();
    }
}
