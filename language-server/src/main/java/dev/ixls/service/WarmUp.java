package dev.ixls.service;

import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.aws.AwsSampleReader;
import dev.ixls.aws.SampleFormatException;
import dev.ixls.i18n.Language;
import dev.ixls.model.IxConfig;
import dev.ixls.syntax.Position;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * ixls's own work on a bundled config and AWS sample ({@code dev/ixls/warmup/}): the check with
 * the sample linked, and the editor features a user meets first (outline, folding, colouring,
 * completion, hover, formatting, quick fixes), each on a slightly edited text as typing gives.
 * The language server runs it in the background after {@code initialize} so that the user's first
 * edits run compiled code; the class-data archive's training run runs it to load the classes.
 * Nothing of it is shown to anyone.
 */
public final class WarmUp {

    private static final String CONFIG = "/dev/ixls/warmup/warm-up.ix";
    private static final String SAMPLE = "/dev/ixls/warmup/sample.txt";

    private WarmUp() {
    }

    /** The bundled config. */
    public static String config() {
        return resource(CONFIG);
    }

    /** The bundled AWS sample (Cisco IOS layout) the config was converted from. */
    public static String sample() {
        return resource(SAMPLE);
    }

    /**
     * Runs up to {@code rounds} rounds, asking {@code goOn} before each step; stops when it says
     * no. Returns the number of rounds completed.
     */
    public static int run(IxLanguageService service, int rounds, BooleanSupplier goOn) {
        String config = config();
        List<LinkedSample> samples;
        try {
            samples = AwsSampleReader.readAll(sample()).stream().map(s -> new LinkedSample(s, "warm-up")).toList();
        } catch (SampleFormatException e) {
            throw new IllegalStateException("the bundled warm-up sample does not read", e);
        }
        int done = 0;
        for (int round = 0; round < rounds; round++) {
            // A character typed in a comment: every round sees a new text, as an editor sends.
            String text = config.replace("! 本社 LAN", "! 本社 LAN" + "x".repeat(round % 7));
            if (!goOn.getAsBoolean()) {
                return done;
            }
            ConfigAnalysis analysis = service.analyze("warm-up.ix", text.getBytes(StandardCharsets.UTF_8),
                    c -> samples, RuleSettings.defaults());
            IxConfig model = analysis.config();
            if (!goOn.getAsBoolean() || model == null) {
                return done;
            }
            Language language = round % 2 == 0 ? Language.EN : Language.JA;
            service.documentSymbols().of(model.parsed(), language);
            Folding.of(model.parsed());
            SemanticTokens.encode(service.semanticTokens().tokens(model.parsed()));
            if (!goOn.getAsBoolean()) {
                return done;
            }
            int line = lineStarting(text, "ike keepalive ");
            service.completion().complete(model, samples, samples, new Position(line, 14),
                    new Completion.Options(language, true));
            service.hover().hover(model, samples, new Position(lineStarting(text, "ike policy "), 5), language);
            service.tunnels(analysis);
            Formatter.format(model.parsed());
            CodeActions.quickFixes(analysis.diagnostics(), new dev.ixls.syntax.Range(new Position(0, 0),
                    new Position(text.length(), 0)), language);
            done++;
        }
        return done;
    }

    private static int lineStarting(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(prefix)) {
                return i;
            }
        }
        return 0;
    }

    private static String resource(String name) {
        try (InputStream in = WarmUp.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
