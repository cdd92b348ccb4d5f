package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.InternalFailure;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.analysis.RuleCatalog;
import dev.ixls.analysis.RuleCode;
import dev.ixls.analysis.RuleEngine;
import dev.ixls.analysis.RuleSettings;
import dev.ixls.analysis.rules.InputNotAConfig;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.model.IxConfig;
import dev.ixls.model.IxConfigModelBuilder;
import dev.ixls.model.ModelFailure;
import dev.ixls.parse.IxConfigParser;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.syntax.TextDecoder;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The features of ixls as plain Java calls, independent of any protocol. The CLI, the language
 * server and the tests all come through here.
 */
public final class IxLanguageService {

    /**
     * Everything built from the catalog. Made on first use (or by {@link #prepare}, which the
     * language server calls on another thread at start): a server answers {@code initialize}
     * without waiting for the catalog, the rules and their messages to load.
     */
    private record Parts(CommandCatalog catalog, IxConfigParser parser, RuleEngine engine, Completion completion,
            Hover hover, Navigation navigation, DocumentSymbols documentSymbols, SemanticTokens semanticTokens) {

        static Parts of(CommandCatalog catalog) {
            return new Parts(catalog, new IxConfigParser(catalog), new RuleEngine(RuleCatalog.all()),
                    new Completion(catalog), new Hover(catalog), new Navigation(catalog), new DocumentSymbols(catalog),
                    new SemanticTokens(catalog));
        }
    }

    private final CommandCatalog given;
    private volatile Parts parts;

    public IxLanguageService() {
        this(null);
    }

    /** @param catalog the catalog to use; null for the standard one */
    public IxLanguageService(CommandCatalog catalog) {
        this.given = catalog;
    }

    private Parts parts() {
        Parts p = parts;
        if (p == null) {
            synchronized (this) {
                p = parts;
                if (p == null) {
                    p = Parts.of(given != null ? given : CommandCatalog.standard());
                    parts = p;
                }
            }
        }
        return p;
    }

    /**
     * Starts loading the rules with their messages and the lexer on a daemon thread, while the
     * caller reads its input and the catalog: a short CLI run has two cores for its start-up.
     */
    public static void loadInBackground() {
        Thread t = new Thread(() -> {
            try {
                RuleCatalog.all();
                dev.ixls.syntax.ConfigLexer.lex(new dev.ixls.syntax.SourceText("hostname x\n"));
            } catch (RuntimeException | LinkageError e) {
                // The caller meets the same failure where it can report it.
            }
        }, "ixls-load");
        t.setDaemon(true);
        t.start();
    }

    /** Loads the catalog, the rules and the parts built on them now rather than on first use. */
    public void prepare() {
        parts();
    }

    public CommandCatalog catalog() {
        return parts().catalog();
    }

    /**
     * Parses the text into the model, without running rules. Should the parser fail (a bug), the
     * model is empty and says so in {@link IxConfig#failures()}: the check reports it (IX900).
     */
    public IxConfig model(String text) {
        return model(text, null);
    }

    /**
     * As above, for a new version of a document whose earlier version's model is {@code previous}
     * (or null): the lines that did not change are not lexed again.
     */
    public IxConfig model(String text, IxConfig previous) {
        ParsedConfig parsed;
        try {
            parsed = parts().parser().parse(text, previous == null ? null : previous.parsed());
        } catch (RuntimeException | StackOverflowError e) {
            return IxConfigModelBuilder.empty(parts().parser().parse(""),
                    List.of(ModelFailure.ofFile(ModelFailure.PARSE, e)));
        }
        return IxConfigModelBuilder.build(parsed);
    }

    /** Checks a config's text against the given samples (already linked to it). */
    public ConfigAnalysis analyze(String location, String text, List<LinkedSample> samples, RuleSettings settings) {
        return analyze(location, text, config -> samples, settings);
    }

    /**
     * Checks a config's text; {@code linker} picks the samples to compare with once the config's
     * peers are known (see {@link dev.ixls.analysis.SampleLinks}).
     */
    public ConfigAnalysis analyze(String location, String text, Function<IxConfig, List<LinkedSample>> linker,
            RuleSettings settings) {
        return analyze(location, model(text), linker, settings, () -> { });
    }

    /**
     * Checks an already parsed config. {@code checkpoint} runs between the steps and before each
     * rule; it throws (e.g. {@link java.util.concurrent.CancellationException}) to abandon work
     * that went stale, as the language server does when a newer version of the text arrives.
     */
    public ConfigAnalysis analyze(String location, IxConfig config, Function<IxConfig, List<LinkedSample>> linker,
            RuleSettings settings, Runnable checkpoint) {
        checkpoint.run();
        List<LinkedSample> samples;
        Diagnostic linkFailure = null;
        try {
            samples = List.copyOf(linker.apply(config));
        } catch (RuntimeException | StackOverflowError e) {
            // Checked without samples, and told so: the cross-checks are missing, not passed.
            samples = List.of();
            linkFailure = InternalFailure.ofLinking(e);
        }
        AnalysisContext context = new AnalysisContext(location, config, samples, catalog());
        List<Diagnostic> diagnostics = parts().engine().run(context, settings, checkpoint);
        if (linkFailure != null) {
            List<Diagnostic> all = new ArrayList<>(diagnostics.size() + 1);
            all.add(linkFailure);
            all.addAll(diagnostics);
            diagnostics = List.copyOf(all);
        }
        return new ConfigAnalysis(location, config, context.samples(), diagnostics);
    }

    public Completion completion() {
        return parts().completion();
    }

    public Hover hover() {
        return parts().hover();
    }

    public Navigation navigation() {
        return parts().navigation();
    }

    public DocumentSymbols documentSymbols() {
        return parts().documentSymbols();
    }

    public SemanticTokens semanticTokens() {
        return parts().semanticTokens();
    }

    /**
     * How each tunnel of the samples a checked config is linked to fares in it: what code lenses,
     * the tunnel status command and other clients show (see {@link TunnelSummaries}).
     */
    public List<TunnelSummary> tunnels(ConfigAnalysis analysis) {
        if (analysis.config() == null) {
            return List.of();
        }
        return TunnelSummaries.of(new AnalysisContext(analysis.location(), analysis.config(), analysis.samples(),
                catalog()));
    }

    /** Checks a file's bytes: decodes them first, and reports binary or oddly encoded input. */
    public ConfigAnalysis analyze(String location, byte[] bytes, Function<IxConfig, List<LinkedSample>> linker,
            RuleSettings settings) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        if (decoded.encoding() == TextDecoder.Encoding.BINARY) {
            return new ConfigAnalysis(location, null, List.of(),
                    settings.isOff(RuleCode.IX000) ? List.of() : List.of(InputNotAConfig.binary()));
        }
        ConfigAnalysis analysis = analyze(location, decoded.text(), linker, settings);
        Diagnostic encoding = InputNotAConfig.encoding(decoded.encoding());
        if (encoding == null || settings.isOff(RuleCode.IX000)) {
            return analysis;
        }
        List<Diagnostic> all = new ArrayList<>();
        all.add(encoding);
        all.addAll(analysis.diagnostics());
        return new ConfigAnalysis(location, analysis.config(), analysis.samples(), all);
    }
}
