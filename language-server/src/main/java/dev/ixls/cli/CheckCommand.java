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
import dev.ixls.service.SampleIndex;
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

/** {@code ixls check}: lint IX configs, cross-checked against AWS samples. */
final class CheckCommand extends CliCommand {

    /**
     * Larger files are refused rather than read into memory: the JVM options the launcher passes
     * (-Xmx384m) check a config of this size with room to spare (a real one is a few hundred kB).
     */
    static final long MAX_FILE_BYTES = 8L << 20;

    private static final Set<String> CONFIG_EXTENSIONS = Set.of("ix", "ixconf", "conf", "cfg", "config", "txt");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "dist", "out");

    List<Path> paths = new ArrayList<>();
    List<Path> awsSamples = new ArrayList<>();
    String format = "text";
    String lang;
    boolean summary;
    Path settingsFile;

    @Override
    CommandSyntax syntax() {
        return new CommandSyntax("check", new CommandSyntax.Parameter("PATH", "paths", 1, Integer.MAX_VALUE), List.of(
                CommandSyntax.Option.value("--aws-sample", "FILE"),
                CommandSyntax.Option.value("--format", "text|json|sarif"),
                LanguageChoice.OPTION,
                CommandSyntax.Option.flag("--summary"),
                CommandSyntax.Option.value("--config", "FILE")));
    }

    @Override
    void parameter(String value) throws UsageException {
        paths.add(path("PATH", value));
    }

    @Override
    void option(String name, String value) throws UsageException {
        switch (name) {
            case "--aws-sample" -> awsSamples.add(path(name, value));
            case "--format" -> format = value;
            case "--lang" -> lang = LanguageChoice.tag(value);
            case "--summary" -> summary = true;
            case "--config" -> settingsFile = path(name, value);
            default -> throw new UsageException("cli.usage.unknownOption", "option", name);
        }
    }

    /** Set from the checking threads too. */
    private volatile boolean ioError;

    /** The samples each config is compared with; read from the checking threads too. */
    private final CheckLinks links = new CheckLinks();

    @Override
    public Integer call() {
        Report report = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> new TextReport(summary);
            case "json" -> new JsonReport(summary);
            case "sarif" -> new SarifReport(Main.version(), summary);
            default -> null;
        };
        Language language = language();
        if (report == null) {
            err.println(Messages.get(language, "cli.badFormat", "command", "check", "value", format));
            return 2;
        }
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

        List<Path> explicitPaths = new ArrayList<>(awsSamples);
        explicitPaths.addAll(settings.awsSamples());
        for (Path p : explicitPaths) {
            try {
                String text = readText(p);
                links.named(p, text, AwsSampleReader.readAll(text));
            } catch (IOException e) {
                err.println(Messages.get(language, "cli.cannotReadSample", "command", "check", "path", p,
                        "reason", Failures.reason(e, language)));
                return 2;
            } catch (SampleFormatException e) {
                err.println("ixls check: " + p + ": " + e.message(language));
                return 2;
            }
        }

        List<Input> inputs = collect(err);
        List<FileReport> reports = new ArrayList<>();
        List<Input> configs = new ArrayList<>();
        for (Input in : inputs) {
            if (in.sample != null) {
                if (in.sample.problem() != null) {
                    reports.add(new FileReport(display(in.path),
                            List.of(InputNotAConfig.unreadableSample(in.sample.problem()))));
                }
            } else if (in.explicit || mayBeConfig(in)) {
                configs.add(in);
            }
        }
        configs.forEach(in -> links.config(in.path));

        // Every core checks configs; the reports keep the files' order (FileChecks).
        IxLanguageService service = new IxLanguageService();
        try {
            new FileChecks<Input, Checked>(FileChecks.cores(), in -> check(service, in, settings),
                    in -> in.size).run(configs, checked -> {
                        checked.messages.forEach(err::println);
                        if (checked.report != null) {
                            reports.add(checked.report);
                        }
                    });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 2;
        }

        if (reports.isEmpty() && ioError && report instanceof TextReport) {
            return exitCode(reports, true); // each path was said to be unreadable: no "0 files checked"
        }
        report.write(reports, language, out);
        out.flush();
        return exitCode(reports, ioError);
    }

    /** One config's check: its report (null when a walked file is no config), and what it says on stderr. */
    private record Checked(FileReport report, List<String> messages) {
    }

    /**
     * Checks one config, on any thread: reads it again (only samples were kept from the walk, so
     * that a folder of thousands of configs never sits in memory at once) and analyses it against
     * the samples {@link CheckLinks} links to it.
     */
    private Checked check(IxLanguageService service, Input in, WorkspaceSettings settings) {
        List<String> messages = new ArrayList<>();
        byte[] bytes = content(in.path, in.explicit, messages);
        if (bytes == null) {
            return new Checked(null, messages);
        }
        ConfigAnalysis analysis;
        try {
            analysis = service.analyze(display(in.path), bytes, links::linkedTo, settings.rules());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // ixls failed on this file (a bug, or a file too big for the heap): say so in its
            // report, and go on with the others (what the failed check held is garbage now).
            return new Checked(new FileReport(display(in.path), List.of(InternalFailure.ofCheck(e))), messages);
        }
        // In a walked folder, a .txt or .conf file counts only if it reads as an IX config.
        boolean isConfig = in.explicit || hasIxExtension(in.path)
                || (analysis.config() != null && analysis.config().parsed().looksLikeIxConfig()
                        && !analysis.config().parsed().source().text().isBlank());
        if (!isConfig) {
            return new Checked(null, messages);
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
        return new Checked(new FileReport(display(in.path), diagnostics, tunnels), messages);
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

    /**
     * A file met on the command line or in a folder: what the walk learnt of it. Only an AWS
     * sample is kept ({@code sample}, null for any other file); a config is read again when it is
     * checked.
     */
    private record Input(Path path, long size, TextDecoder.Encoding encoding, SampleIndex.Entry sample,
            boolean explicit) {
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

    private String reason(Exception e) {
        return e instanceof IOException io ? Failures.reason(io, language())
                : e.getCause() instanceof IOException io ? Failures.reason(io, language()) : e.getClass().getSimpleName();
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
                err.println(Messages.get(language(), "cli.cannotRead", "path", file, "reason", Failures.reason(e, language())));
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
        List<String> messages = new ArrayList<>();
        byte[] bytes = content(p, explicit, messages);
        messages.forEach(err::println);
        if (bytes == null) {
            return java.util.Optional.empty();
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        SampleIndex.Entry sample = decoded.encoding() == TextDecoder.Encoding.BINARY ? null
                : links.input(p, decoded.text()).orElse(null);
        return java.util.Optional.of(new Input(p, bytes.length, decoded.encoding(), sample, explicit));
    }

    /**
     * A file's bytes, or null when it cannot or must not be read (what to say about it goes into
     * {@code messages}). Safe on any thread.
     */
    private byte[] content(Path p, boolean explicit, List<String> messages) {
        try {
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            if (!Files.isRegularFile(p)) {
                // A named pipe or a device: reading it may never end. Named on the command line, it
                // is an error (it was asked for and not checked); met in a folder, a remark.
                messages.add(Messages.get(language(), "cli.notAFile", "path", p));
                ioError = explicit || ioError;
                return null;
            }
            if (Files.size(p) > MAX_FILE_BYTES) {
                messages.add(Messages.get(language(), "cli.tooLarge", "path", p, "max", MAX_FILE_BYTES >> 20));
                ioError = explicit || ioError;
                return null;
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            messages.add(Messages.get(language(), "cli.cannotRead", "path", p, "reason", Failures.reason(e, language())));
            ioError = true;
            return null;
        }
    }

    /** Inside a walked folder, only files with a config-like extension are considered. */
    private static boolean mayBeConfig(Input in) {
        return in.encoding != TextDecoder.Encoding.BINARY && CONFIG_EXTENSIONS.contains(extension(in.path));
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
            throw new Failures.BinaryFileException();
        }
        return d.text();
    }
}
