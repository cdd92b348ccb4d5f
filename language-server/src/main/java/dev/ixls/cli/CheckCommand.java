package dev.ixls.cli;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.SampleLinks;
import dev.ixls.analysis.Severity;
import dev.ixls.analysis.TunnelStatus;
import dev.ixls.analysis.TunnelStatuses;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.cli.report.FileReport;
import dev.ixls.cli.report.JsonReport;
import dev.ixls.cli.report.Report;
import dev.ixls.cli.report.SarifReport;
import dev.ixls.cli.report.TextReport;
import dev.ixls.i18n.Language;
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
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ixls check}: lint IX configs, cross-checked against AWS samples. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check NEC IX configs. AWS samples among the paths (found by content) are matched to the "
                + "configs by peer address and cross-checked.",
                "NEC IX の設定をチェックします。パス中の AWS サンプル（内容で判別）はピアアドレスで設定に対応付けて突き合わせます。"})
final class CheckCommand implements Callable<Integer> {

    /** Larger files are refused rather than read into memory. */
    static final long MAX_FILE_BYTES = 64L << 20;

    private static final Set<String> CONFIG_EXTENSIONS = Set.of("ix", "ixconf", "conf", "cfg", "config", "txt");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target", "build", "dist", "out");

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Config files or folders to walk.")
    List<Path> paths;

    @Option(names = "--aws-sample", paramLabel = "FILE", description = "An AWS sample to compare every config with (repeatable).")
    List<Path> awsSamples = new ArrayList<>();

    @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--lang", paramLabel = "en|ja", description = "Language of messages (default: from LANG).")
    String lang;

    @Option(names = "--summary", description = {"Also show, per tunnel of each linked AWS sample, a pass/fail mark for "
            + "IKE proposal, key, IPsec proposal, inside address, BGP neighbor and ASNs.",
            "リンクした AWS サンプルのトンネルごとに、IKE プロポーザル・鍵・IPsec プロポーザル・内側アドレス・BGP ネイバー・AS 番号の合否も表示します。"})
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
            Path file = settingsFile != null ? settingsFile : WorkspaceSettings.find(Path.of("")).orElse(null);
            settings = file == null ? WorkspaceSettings.defaults() : WorkspaceSettings.load(file);
        } catch (IOException e) {
            err.println("ixls check: " + e.getMessage());
            return 2;
        }

        List<LinkedSample> explicit = new ArrayList<>();
        List<Path> explicitPaths = new ArrayList<>(awsSamples);
        explicitPaths.addAll(settings.awsSamples());
        for (Path p : explicitPaths) {
            try {
                String text = readText(p);
                for (AwsSample s : AwsSampleReader.readAll(text)) {
                    explicit.add(new LinkedSample(s, display(p)));
                }
            } catch (IOException e) {
                err.println("ixls check: cannot read AWS sample " + p + ": " + Failures.reason(e));
                return 2;
            } catch (SampleFormatException e) {
                err.println("ixls check: " + p + ": " + e.getMessage());
                return 2;
            }
        }

        List<Input> inputs = collect(err);
        List<LinkedSample> found = new ArrayList<>();
        List<FileReport> reports = new ArrayList<>();
        List<Input> configs = new ArrayList<>();
        for (Input in : inputs) {
            if (in.decoded.encoding() != TextDecoder.Encoding.BINARY && AwsSampleReader.looksLikeSample(in.decoded.text())) {
                try {
                    for (AwsSample s : AwsSampleReader.readAll(in.decoded.text())) {
                        found.add(new LinkedSample(s, display(in.path)));
                    }
                } catch (SampleFormatException e) {
                    reports.add(new FileReport(display(in.path),
                            List.of(InputNotAConfig.unreadableSample(e.getMessage()))));
                }
            } else if (in.explicit || mayBeConfig(in)) {
                configs.add(in);
            }
        }

        IxLanguageService service = new IxLanguageService();
        for (Input in : configs) {
            ConfigAnalysis analysis = service.analyze(display(in.path), in.bytes, config -> {
                List<LinkedSample> linked = new ArrayList<>(explicit);
                for (LinkedSample s : SampleLinks.forConfig(config, found)) {
                    if (!linked.contains(s)) {
                        linked.add(s);
                    }
                }
                return linked;
            }, settings.rules());
            // In a walked folder, a .txt or .conf file counts only if it reads as an IX config.
            boolean isConfig = in.explicit || hasIxExtension(in.path)
                    || (analysis.config() != null && analysis.config().parsed().looksLikeIxConfig()
                            && !in.decoded.text().isBlank());
            if (!isConfig) {
                continue;
            }
            List<TunnelStatus> tunnels = !summary || analysis.config() == null ? List.of()
                    : TunnelStatuses.of(new AnalysisContext(display(in.path), analysis.config(), analysis.samples(),
                            service.catalog()));
            reports.add(new FileReport(display(in.path), analysis.diagnostics(), tunnels));
        }

        PrintWriter out = spec.commandLine().getOut();
        report.write(reports, language, out);
        out.flush();
        if (ioError) {
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

    /** Every file to look at, once each: a file named and also inside a named folder counts once, as named. */
    private List<Input> collect(PrintWriter err) {
        java.util.Map<Path, Input> byPath = new java.util.LinkedHashMap<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !skipped(p, f)).sorted()
                            .filter(f -> !byPath.containsKey(key(f)))
                            .forEach(f -> read(f, false, err).ifPresent(in -> byPath.put(key(f), in)));
                } catch (IOException | UncheckedIOException e) {
                    err.println("ixls check: cannot walk " + p + ": " + e.getMessage());
                    ioError = true;
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

    private static Path key(Path p) {
        return p.toAbsolutePath().normalize();
    }

    private java.util.Optional<Input> read(Path p, boolean explicit, PrintWriter err) {
        try {
            if (!Files.exists(p)) {
                throw new java.nio.file.NoSuchFileException(p.toString());
            }
            if (Files.size(p) > MAX_FILE_BYTES) {
                err.println("ixls check: " + p + " is larger than " + (MAX_FILE_BYTES >> 20) + " MB; skipped");
                ioError = explicit || ioError;
                return java.util.Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(p);
            return java.util.Optional.of(new Input(p, bytes, TextDecoder.decode(bytes), explicit));
        } catch (IOException e) {
            err.println("ixls check: cannot read " + p + ": " + Failures.reason(e));
            ioError = true;
            return java.util.Optional.empty();
        }
    }

    private static boolean skipped(Path root, Path file) {
        Path rel = root.relativize(file);
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String name = rel.getName(i).toString();
            if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) {
                return true;
            }
        }
        return rel.getFileName().toString().startsWith(".");
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
