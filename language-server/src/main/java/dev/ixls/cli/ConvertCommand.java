package dev.ixls.cli;

import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.Severity;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.convert.Conversion;
import dev.ixls.convert.ConversionException;
import dev.ixls.convert.ConversionNote;
import dev.ixls.convert.ConversionOptions;
import dev.ixls.convert.IkeVersion;
import dev.ixls.convert.IxConfigConverter;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.service.IxLanguageService;
import dev.ixls.syntax.TextDecoder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/** {@code ixls convert}: an AWS VPN sample in, an NEC IX config out. */
final class ConvertCommand extends CliCommand {

    Path sample;
    Path output;
    boolean force;
    String ike = "v1";
    String outsideInterface = "GigaEthernet0.0";
    int firstTunnel;
    List<String> advertise = new ArrayList<>();
    List<String> staticRoutes = new ArrayList<>();
    String namePrefix = "";
    boolean noDefaultOriginate;
    String connection;
    Long localAsn;
    boolean natTraversal;
    String unnumbered = "GigaEthernet1.0";
    String lang;

    @Override
    CommandSyntax syntax() {
        return new CommandSyntax("convert", new CommandSyntax.Parameter("SAMPLE", "sample", 1, 1), List.of(
                new CommandSyntax.Option(List.of("-o", "--output"), "FILE"),
                CommandSyntax.Option.flag("--force"),
                CommandSyntax.Option.value("--ike", "v1|v2"),
                CommandSyntax.Option.value("--outside-interface", "IF"),
                CommandSyntax.Option.value("--first-tunnel", "N"),
                CommandSyntax.Option.value("--advertise", "PREFIX[,PREFIX...]"),
                CommandSyntax.Option.value("--static-route", "PREFIX[,PREFIX...]"),
                CommandSyntax.Option.value("--name-prefix", "TEXT"),
                CommandSyntax.Option.flag("--no-default-originate"),
                CommandSyntax.Option.value("--connection", "VPN-ID"),
                CommandSyntax.Option.value("--local-asn", "N"),
                CommandSyntax.Option.flag("--nat-traversal"),
                CommandSyntax.Option.value("--unnumbered", "IF"),
                LanguageChoice.OPTION));
    }

    @Override
    void parameter(String value) throws UsageException {
        sample = path("SAMPLE", value);
    }

    @Override
    void option(String name, String value) throws UsageException {
        switch (name) {
            case "-o" -> output = path("--output", value);
            case "--force" -> force = true;
            case "--ike" -> ike = value;
            case "--outside-interface" -> outsideInterface = value;
            case "--first-tunnel" -> firstTunnel = integer(name, value);
            case "--advertise" -> advertise.addAll(List.of(value.split(",")));
            case "--static-route" -> staticRoutes.addAll(List.of(value.split(",")));
            case "--name-prefix" -> namePrefix = value;
            case "--no-default-originate" -> noDefaultOriginate = true;
            case "--connection" -> connection = value;
            case "--local-asn" -> localAsn = longInteger(name, value);
            case "--nat-traversal" -> natTraversal = true;
            case "--unnumbered" -> unnumbered = value;
            case "--lang" -> lang = LanguageChoice.tag(value);
            default -> throw new UsageException("cli.usage.unknownOption", "option", name);
        }
    }

    @Override
    public Integer call() {
        Language language = LanguageChoice.of(lang);
        ConversionOptions options;
        try {
            options = options(language);
        } catch (IllegalArgumentException e) {
            err.println("ixls convert: " + e.getMessage());
            return 2;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(sample);
        } catch (IOException e) {
            err.println(Messages.get(language, "cli.convert.cannotRead", "path", sample, "reason", Failures.reason(e, language)));
            return 2;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        AwsSample aws;
        try {
            if (decoded.encoding() == TextDecoder.Encoding.BINARY) {
                throw new SampleFormatException(Messages.text("cli.convert.binary"));
            }
            aws = select(AwsSampleReader.readAll(decoded.text()), language);
        } catch (SampleFormatException e) {
            err.println("ixls convert: " + sample + ": " + e.message(language));
            return 1;
        }
        Conversion conversion;
        try {
            conversion = IxConfigConverter.run(aws, options);
        } catch (ConversionException e) {
            err.println("ixls convert: " + sample + ": " + e.text().get(language));
            return 2;
        }
        String config = conversion.config();
        for (ConversionNote note : conversion.notes()) {
            err.println("ixls convert: " + Messages.get(language, note.level() == ConversionNote.Level.WARNING
                    ? "convert.prefix.warning" : "convert.prefix.note") + note.text().get(language));
        }
        boolean clean = selfCheck(aws, config, err, language) && conversion.complete();
        if (output == null) {
            out.print(config);
            out.flush();
            return clean ? 0 : 1;
        }
        try {
            if (force) {
                Files.writeString(output, config, StandardCharsets.UTF_8);
            } else {
                Files.writeString(output, config, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (FileAlreadyExistsException e) {
            err.println(Messages.get(language, "cli.convert.exists", "path", output));
            return 2;
        } catch (IOException e) {
            err.println(Messages.get(language, "cli.convert.cannotWrite", "path", output, "reason", Failures.reason(e, language)));
            return 2;
        }
        err.println(Messages.get(language, "cli.convert.wrote", "path", output, "connection", aws.connectionId(),
                "count", aws.tunnels().size()));
        return clean ? 0 : 1;
    }

    private ConversionOptions options(Language language) {
        IkeVersion version = switch (ike.toLowerCase(java.util.Locale.ROOT)) {
            case "v1", "1", "ikev1" -> IkeVersion.V1;
            case "v2", "2", "ikev2" -> IkeVersion.V2;
            default -> throw new IllegalArgumentException(Messages.get(language, "cli.convert.ike", "value", ike));
        };
        if (firstTunnel < 0) {
            throw new IllegalArgumentException(Messages.get(language, "cli.convert.firstTunnel"));
        }
        if (localAsn != null && (localAsn < 1 || localAsn > 4294967295L)) {
            throw new IllegalArgumentException(Messages.get(language, "convert.option.localAsn", "value", localAsn));
        }
        if (unnumbered.isBlank() || unnumbered.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(Messages.get(language, "convert.option.unnumbered"));
        }
        return ConversionOptions.defaults().withIkeVersion(version).withOutsideInterface(outsideInterface)
                .withFirstTunnel(firstTunnel).withAdvertise(prefixes(advertise, "--advertise", language))
                .withStaticRoutes(prefixes(staticRoutes, "--static-route", language)).withNamePrefix(namePrefix)
                .withOriginateDefault(!noDefaultOriginate).withLocalAsn(localAsn).withNatTraversal(natTraversal)
                .withUnnumbered(unnumbered);
    }

    private static List<Ipv4Prefix> prefixes(List<String> texts, String option, Language language) {
        List<Ipv4Prefix> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Ipv4Prefix.parse(t.trim()).orElseThrow(() -> new IllegalArgumentException(
                    Messages.get(language, "cli.convert.prefix", "option", option, "value", t))));
        }
        return out;
    }

    private AwsSample select(List<AwsSample> samples, Language language) throws SampleFormatException {
        String ids = String.join(", ", samples.stream().map(AwsSample::connectionId).toList());
        if (connection != null) {
            return samples.stream().filter(s -> connection.equals(s.connectionId())).findFirst()
                    .orElseThrow(() -> new SampleFormatException(Messages.text("cli.convert.noConnection",
                            "connection", connection, "ids", ids)));
        }
        if (samples.size() > 1) {
            throw new SampleFormatException(Messages.text("cli.convert.severalConnections",
                    "count", samples.size(), "ids", ids));
        }
        return samples.get(0);
    }

    /**
     * Runs the real check engine on the output against the same sample, as {@code ixls check
     * --aws-sample} would; every error is printed (the engine masks keys) and makes the exit non-zero.
     */
    private static boolean selfCheck(AwsSample aws, String config, PrintWriter err, Language language) {
        List<Diagnostic> errors = new IxLanguageService().analyze("generated", config,
                List.of(new LinkedSample(aws, "sample")), RuleSettings.defaults()).diagnostics().stream()
                .filter(d -> d.severity() == Severity.ERROR).toList();
        for (Diagnostic d : errors) {
            err.println("ixls convert: " + Messages.get(language, "convert.selfCheckFailed", "line",
                    d.range().start().line() + 1, "message", d.message().get(language), "code", d.code()));
        }
        return errors.isEmpty();
    }
}
