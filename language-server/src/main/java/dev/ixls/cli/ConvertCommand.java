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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ixls convert}: an AWS VPN sample in, an NEC IX config out. */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Convert an AWS Site-to-Site VPN sample (Cisco IOS or ASA text, Generic text, XML, AWS CLI "
                + "JSON or Terraform state) into an NEC IX config."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SAMPLE", descriptionKey = "sample", description = "The AWS sample file.")
    Path sample;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the config here instead of stdout.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    @Option(names = "--ike", paramLabel = "v1|v2", defaultValue = "v1",
            description = "IKE version of the tunnels (default: ${DEFAULT-VALUE}).")
    String ike;

    @Option(names = "--outside-interface", paramLabel = "IF", defaultValue = "GigaEthernet0.0",
            description = "The Internet-facing interface (default: ${DEFAULT-VALUE}).")
    String outsideInterface;

    @Option(names = "--first-tunnel", paramLabel = "N", defaultValue = "0",
            description = "Number of the first tunnel interface: 0 gives Tunnel0.0 (default: ${DEFAULT-VALUE}).")
    int firstTunnel;

    @Option(names = "--advertise", paramLabel = "PREFIX", split = ",",
            description = "A network to advertise to AWS over BGP, e.g. 192.168.1.0/24 (repeatable).")
    List<String> advertise = new ArrayList<>();

    @Option(names = "--static-route", paramLabel = "PREFIX", split = ",",
            description = "With a static-routing sample: a VPC CIDR to route into the tunnels (repeatable).")
    List<String> staticRoutes = new ArrayList<>();

    @Option(names = "--name-prefix", paramLabel = "TEXT", defaultValue = "",
            description = "Prefix for every object name, to keep a second VPN apart.")
    String namePrefix;

    @Option(names = "--no-default-originate", description = "Do not advertise a default route to AWS.")
    boolean noDefaultOriginate;

    @Option(names = "--connection", paramLabel = "VPN-ID",
            description = "Which connection to convert when the file holds several.")
    String connection;

    @Option(names = "--local-asn", paramLabel = "N",
            description = "This router's BGP AS, for a sample that shows a placeholder (YOUR_BGP_ASN).")
    Long localAsn;

    @Option(names = "--nat-traversal",
            description = "This router sits behind NAT (its outside address is not the customer gateway's): write NAT traversal.")
    boolean natTraversal;

    @Option(names = "--unnumbered", paramLabel = "IF", defaultValue = "GigaEthernet1.0",
            description = "For a sample without tunnel inside addresses (policy-based): the interface whose address "
                    + "the tunnels borrow (default: ${DEFAULT-VALUE}).")
    String unnumbered;

    @Option(names = "--lang", paramLabel = "en|ja", converter = LanguageChoice.Tag.class, description = "Language of messages (default: from LANG).")
    String lang;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
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
            err.println("ixls convert: cannot read " + sample + ": " + Failures.reason(e));
            return 2;
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        AwsSample aws;
        try {
            if (decoded.encoding() == TextDecoder.Encoding.BINARY) {
                throw new SampleFormatException("the file is binary, not an AWS VPN configuration");
            }
            aws = select(AwsSampleReader.readAll(decoded.text()));
        } catch (SampleFormatException e) {
            err.println("ixls convert: " + sample + ": " + e.getMessage());
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
            PrintWriter out = spec.commandLine().getOut();
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
            err.println("ixls convert: " + output + " exists; not overwriting it (use --force, or choose another -o)");
            return 2;
        } catch (IOException e) {
            err.println("ixls convert: cannot write " + output + ": " + Failures.reason(e));
            return 2;
        }
        err.println("ixls convert: wrote " + output + " (" + aws.connectionId() + ", " + aws.tunnels().size() + " tunnels)");
        return clean ? 0 : 1;
    }

    private ConversionOptions options(Language language) {
        IkeVersion version = switch (ike.toLowerCase(java.util.Locale.ROOT)) {
            case "v1", "1", "ikev1" -> IkeVersion.V1;
            case "v2", "2", "ikev2" -> IkeVersion.V2;
            default -> throw new IllegalArgumentException("--ike takes v1 or v2, not '" + ike + "'");
        };
        if (firstTunnel < 0) {
            throw new IllegalArgumentException("--first-tunnel must be 0 or more");
        }
        if (localAsn != null && (localAsn < 1 || localAsn > 4294967295L)) {
            throw new IllegalArgumentException(Messages.get(language, "convert.option.localAsn", "value", localAsn));
        }
        if (unnumbered.isBlank() || unnumbered.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(Messages.get(language, "convert.option.unnumbered"));
        }
        return ConversionOptions.defaults().withIkeVersion(version).withOutsideInterface(outsideInterface)
                .withFirstTunnel(firstTunnel).withAdvertise(prefixes(advertise, "--advertise"))
                .withStaticRoutes(prefixes(staticRoutes, "--static-route")).withNamePrefix(namePrefix)
                .withOriginateDefault(!noDefaultOriginate).withLocalAsn(localAsn).withNatTraversal(natTraversal)
                .withUnnumbered(unnumbered);
    }

    private static List<Ipv4Prefix> prefixes(List<String> texts, String option) {
        List<Ipv4Prefix> out = new ArrayList<>();
        for (String t : texts) {
            out.add(Ipv4Prefix.parse(t.trim()).orElseThrow(() -> new IllegalArgumentException(
                    option + " takes a prefix such as 192.168.1.0/24, not '" + t + "'")));
        }
        return out;
    }

    private AwsSample select(List<AwsSample> samples) throws SampleFormatException {
        if (connection != null) {
            return samples.stream().filter(s -> connection.equals(s.connectionId())).findFirst()
                    .orElseThrow(() -> new SampleFormatException("no connection " + connection + " in the file; it has "
                            + String.join(", ", samples.stream().map(AwsSample::connectionId).toList())));
        }
        if (samples.size() > 1) {
            throw new SampleFormatException("the file holds " + samples.size() + " VPN connections ("
                    + String.join(", ", samples.stream().map(AwsSample::connectionId).toList())
                    + "); choose one with --connection");
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
