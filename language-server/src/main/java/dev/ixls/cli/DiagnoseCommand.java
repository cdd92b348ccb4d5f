package dev.ixls.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.diagnose.CommandsToRun;
import dev.ixls.analysis.diagnose.TranscriptDiagnosis;
import dev.ixls.aws.AwsSample;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.cli.report.DiagnosisJsonReport;
import dev.ixls.cli.report.DiagnosisReport;
import dev.ixls.cli.report.DiagnosisSarifReport;
import dev.ixls.cli.report.DiagnosisTextReport;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;
import dev.ixls.service.IxLanguageService;
import dev.ixls.service.TranscriptDiagnoses;
import dev.ixls.transcript.ShowTranscript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code ixls diagnose}: reads the router's own output (a console or SSH transcript of
 * {@code show} commands) and says, per AWS tunnel, whether it is up and, if not, the likely cause
 * and the fix. With {@code --commands}, prints the commands to run for a config instead.
 */
final class DiagnoseCommand extends CliCommand {

    Path transcript;
    Path config;
    List<Path> awsSamples = new ArrayList<>();
    boolean commands;
    String format = "text";
    String lang;

    @Override
    CommandSyntax syntax() {
        return new CommandSyntax("diagnose", new CommandSyntax.Parameter("TRANSCRIPT", "transcript", 0, 1), List.of(
                CommandSyntax.Option.value("--config", "FILE"),
                CommandSyntax.Option.value("--aws-sample", "FILE"),
                CommandSyntax.Option.flag("--commands"),
                CommandSyntax.Option.value("--format", "text|json|sarif"),
                LanguageChoice.OPTION));
    }

    @Override
    void parameter(String value) throws UsageException {
        transcript = path("TRANSCRIPT", value);
    }

    @Override
    void option(String name, String value) throws UsageException {
        switch (name) {
            case "--config" -> config = path(name, value);
            case "--aws-sample" -> awsSamples.add(path(name, value));
            case "--commands" -> commands = true;
            case "--format" -> format = value;
            case "--lang" -> lang = LanguageChoice.tag(value);
            default -> throw new UsageException("cli.usage.unknownOption", "option", name);
        }
    }

    @Override
    public Integer call() {
        Language language = LanguageChoice.of(lang);
        String f = format.toLowerCase(Locale.ROOT);
        if (!f.equals("text") && !f.equals("json") && !f.equals("sarif")) {
            err.println(Messages.get(language, "cli.badFormat", "command", "diagnose", "value", format));
            return 2;
        }
        IxLanguageService service = new IxLanguageService();
        List<LinkedSample> samples = new ArrayList<>();
        for (Path p : awsSamples) {
            try {
                for (AwsSample s : AwsSampleReader.readAll(CheckCommand.readText(p))) {
                    samples.add(new LinkedSample(s, CheckCommand.display(p)));
                }
            } catch (IOException e) {
                err.println(Messages.get(language, "cli.cannotReadSample", "command", "diagnose", "path", p,
                        "reason", Failures.reason(e, language)));
                return 2;
            } catch (SampleFormatException e) {
                err.println("ixls diagnose: " + p + ": " + e.message(language));
                return 2;
            }
        }
        String configText = null;
        if (config != null) {
            try {
                configText = CheckCommand.readText(config);
            } catch (IOException e) {
                err.println(Messages.get(language, "cli.diagnose.cannotReadConfig", "path", config,
                        "reason", Failures.reason(e, language)));
                return 2;
            }
        }
        if (commands) {
            return printCommands(service, configText, samples, f, language);
        }
        if (transcript == null) {
            err.println(Messages.get(language, "cli.diagnose.noTranscript"));
            return 2;
        }
        String text;
        try {
            if (Files.isRegularFile(transcript) && Files.size(transcript) > CheckCommand.MAX_FILE_BYTES) {
                err.println(Messages.get(language, "cli.diagnose.tooLarge", "path", transcript,
                        "max", CheckCommand.MAX_FILE_BYTES >> 20));
                return 2;
            }
            text = CheckCommand.readText(transcript);
        } catch (IOException e) {
            err.println(Messages.get(language, "cli.diagnose.cannotRead", "path", transcript,
                    "reason", Failures.reason(e, language)));
            return 2;
        }
        ShowTranscript shown = ShowTranscript.read(text);
        if (!shown.isTranscript()) {
            err.println("ixls diagnose: " + transcript + ": " + Messages.get(language, "diagnose.report.notTranscript"));
            return 2;
        }
        TranscriptDiagnoses.ConfigFile configFile = configText == null ? null
                : new TranscriptDiagnoses.ConfigFile(CheckCommand.display(config), configText);
        TranscriptDiagnosis diagnosis = TranscriptDiagnoses.diagnose(service, CheckCommand.display(transcript), shown,
                configFile, peers -> samples);
        DiagnosisReport report = switch (f) {
            case "json" -> new DiagnosisJsonReport();
            case "sarif" -> new DiagnosisSarifReport(Main.version());
            default -> new DiagnosisTextReport();
        };
        report.write(diagnosis, language, location -> location, out);
        out.flush();
        return diagnosis.allUp() ? 0 : 1;
    }

    private int printCommands(IxLanguageService service, String configText, List<LinkedSample> samples,
            String format, Language language) {
        if (configText == null) {
            err.println(Messages.get(language, "cli.diagnose.commandsNeedConfig"));
            return 2;
        }
        var model = service.model(configText);
        List<LinkedSample> linked = samples.isEmpty() ? List.of()
                : TranscriptDiagnoses.samplesFor(dev.ixls.analysis.SampleLinks.peersOf(model), samples);
        List<String> commands = CommandsToRun.forConfig(new AnalysisContext("config", model, linked, service.catalog()));
        if (format.equals("text")) {
            commands.forEach(out::println);
        } else {
            JsonArray array = new JsonArray();
            commands.forEach(array::add);
            JsonObject root = new JsonObject();
            root.add("commands", array);
            out.println(new GsonBuilder().setPrettyPrinting().create().toJson(root));
        }
        out.flush();
        return 0;
    }
}
