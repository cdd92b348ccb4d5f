package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.lsp.SessionRehearsal;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.WarmUp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * {@code ixls archive PATH}: makes the class-data sharing archive at PATH ({@link ClassDataArchive});
 * {@code ./ixls} and the editors run it when their archive is missing. {@code --train} is what the
 * training JVM runs: a check, a conversion, a diagnosis and an editor session on ixls's bundled
 * warm-up config and sample, its output discarded.
 */
final class ArchiveCommand extends CliCommand {

    Path archive;
    boolean train;

    @Override
    CommandSyntax syntax() {
        return new CommandSyntax("archive", new CommandSyntax.Parameter("PATH", "path", 0, 1),
                List.of(CommandSyntax.Option.flag("--train")));
    }

    @Override
    void parameter(String value) throws UsageException {
        archive = path("PATH", value);
    }

    @Override
    void option(String name, String value) {
        train = true;
    }

    @Override
    public Integer call() throws Exception {
        if (train) {
            return train();
        }
        Language language = LanguageChoice.of(null);
        if (archive == null) {
            err.println(Messages.get(language, "cli.archive.noPath"));
            return 2;
        }
        return ClassDataArchive.create(archive, line -> err.println("ixls " + line.get(language))) ? 0 : 1;
    }

    /** The classes of every kind of run: check (three formats), convert (both IKE versions), diagnose, lsp. */
    private static int train() throws IOException, InterruptedException {
        WarmUp.run(new IxLanguageService(), 3, () -> true);
        Path dir = Files.createTempDirectory("ixls-archive-training");
        try {
            Path config = dir.resolve("warm-up.ix");
            Path sample = dir.resolve("vpn-warm-up.txt");
            Files.writeString(config, WarmUp.config(), StandardCharsets.UTF_8);
            Files.writeString(sample, WarmUp.sample(), StandardCharsets.UTF_8);
            PrintWriter none = new PrintWriter(Writer.nullWriter());
            for (String format : List.of("text", "json", "sarif")) {
                Main.run(none, none, "check", "--format", format, "--summary", dir.toString());
            }
            Main.run(none, none, "check", config.toString());
            for (String ike : List.of("v1", "v2")) {
                Main.run(none, none, "convert", sample.toString(), "--ike", ike, "--advertise", "192.168.10.0/24");
            }
            Main.run(none, none, "diagnose", "--commands", "--config", config.toString(), "--aws-sample",
                    sample.toString());
            Main.run(none, none, "--help");
        } finally {
            try (var walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return SessionRehearsal.run(WarmUp.config());
    }
}
