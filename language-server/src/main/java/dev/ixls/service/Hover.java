package dev.ixls.service;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.LinkedSample;
import dev.ixls.aws.AwsTunnel;
import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Binding;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.i18n.Language;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.model.IxConfig;
import dev.ixls.model.net.Ipv4Address;
import dev.ixls.model.net.Ipv4Prefix;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Position;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.Word;
import dev.ixls.syntax.WordKind;
import java.util.List;
import java.util.Optional;

/**
 * Hover: what the command under the cursor does (from the catalog), what an address is for the
 * linked AWS VPN (with a tunnel's inside /30 laid out), whether a key matches the sample's (never
 * the key), and where a name is defined.
 */
public final class Hover {

    /** @param markdown the hover's text; {@code range} the word it is about */
    public record Info(String markdown, Range range) {
    }

    private final CommandCatalog catalog;

    public Hover(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    public Optional<Info> hover(IxConfig config, List<LinkedSample> samples, Position requested, Language lang) {
        Position p = Cursor.clamp(config.parsed().source(), requested);
        Statement s = config.parsed().statementAt(p.line());
        if (s == null) {
            return Optional.empty();
        }
        Word word = null;
        for (Word w : s.line().words()) {
            if (w.range().touches(p)) {
                word = w;
                break;
            }
        }
        if (word == null) {
            return Optional.empty();
        }
        Binding binding = bindingOf(s, word);
        StringBuilder md = new StringBuilder();
        // By position first: a key is a key whatever argument the catalog bound it to.
        if (s.secretWords().contains(word) || binding != null && binding.type() instanceof ArgType.Secret) {
            md.append(key(config, samples, s, lang)).append("\n\n---\n\n");
        } else if (word.kind() == WordKind.IPV4 || word.kind() == WordKind.IPV4_PREFIX) {
            address(word.text(), samples, lang).ifPresent(a -> md.append(a).append("\n\n---\n\n"));
        } else if (binding != null && (binding.type() instanceof ArgType.Ref || binding.type() instanceof ArgType.Def)) {
            name(config, word, lang).ifPresent(n -> md.append(n).append("\n\n---\n\n"));
        }
        if (s.match() != null && s.placement() != Placement.UNKNOWN) {
            md.append(command(s, lang));
        } else if (md.length() == 0) {
            return Optional.empty();
        }
        return Optional.of(new Info(md.toString().strip(), word.range()));
    }

    private static Binding bindingOf(Statement s, Word word) {
        if (s.match() == null) {
            return null;
        }
        for (Binding b : s.match().bindings()) {
            if (b.word() == word || b.word().range().equals(word.range())) {
                return b;
            }
        }
        return null;
    }

    private String command(Statement s, Language lang) {
        CommandSpec spec = s.match().command();
        StringBuilder md = new StringBuilder();
        md.append("```\n").append(s.negated() ? "no " : "").append(spec.usage()).append("\n```\n\n");
        md.append(spec.doc().get(lang));
        LocalizedText block = catalog.contextLabel(s.context());
        if (block != null) {
            md.append("\n\n_").append(Messages.get(lang, "hover.block", "block", block)).append("_");
        }
        if (spec.opens() != null && catalog.contextLabel(spec.opens()) != null) {
            md.append("  \n_").append(Messages.get(lang, "hover.opens", "block", catalog.contextLabel(spec.opens())))
                    .append("_");
        }
        return md.toString();
    }

    /** The key's standing against the sample's key for the same peer; never the key itself. */
    private static String key(IxConfig config, List<LinkedSample> samples, Statement s, Language lang) {
        String peer = s.arg("peer") != null ? s.arg("peer") : s.arg("id");
        String title = Messages.get(lang, "hover.keyTitle");
        if (samples.isEmpty()) {
            return title + "\n\n" + Messages.get(lang, "hover.keyNoSample");
        }
        AnalysisContext context = new AnalysisContext("", config, samples, null);
        Optional<AnalysisContext.SampleTunnel> tunnel = context.sampleTunnel(peer);
        if (tunnel.isEmpty() || tunnel.get().tunnel().presharedKey() == null) {
            return title + "\n\n" + Messages.get(lang, "hover.keyNotAwsPeer");
        }
        AwsTunnel t = tunnel.get().tunnel();
        String vpn = SampleFacts.vpn(tunnel.get().sample().sample());
        Word keyWord = s.secretWords().isEmpty() ? null : s.secretWords().get(0);
        boolean matches = keyWord != null && t.presharedKey().matches(keyWord.text());
        String n = String.valueOf(t.number());
        LocalizedText verdict = matches
                ? Messages.text("hover.keyMatches", "number", n, "vpn", vpn)
                : Messages.text("hover.keyDiffers", "number", n, "vpn", vpn);
        return title + "\n\n" + verdict.get(lang);
    }

    /** What an address is: its roles in the linked VPNs, and a tunnel /30 laid out. */
    static Optional<String> address(String text, List<LinkedSample> samples, Language lang) {
        Optional<Ipv4Prefix> prefix = Ipv4Prefix.parse(text);
        Optional<Ipv4Address> address = prefix.map(Ipv4Prefix::address).or(() -> Ipv4Address.parse(text));
        if (address.isEmpty()) {
            return Optional.empty();
        }
        Ipv4Address a = address.get();
        StringBuilder md = new StringBuilder("**").append(text).append("**");
        List<SampleFacts.Role> roles = SampleFacts.rolesOf(a.toString(), samples);
        for (SampleFacts.Role r : roles) {
            md.append("  \n").append(SampleFacts.describe(r).get(lang));
        }
        Optional<Ipv4Prefix> inside = SampleFacts.linkLocal30(a);
        if (inside.isPresent() && (prefix.isEmpty() || prefix.get().length() == 30)) {
            SampleFacts.insideSide(a).ifPresent(side -> md.append("  \n")
                    .append(Messages.get(lang, "hover.insideSide", "side", side)));
            md.append("\n\n").append(SampleFacts.layout(inside.get(), a).get(lang));
        } else if (prefix.isPresent()) {
            Ipv4Prefix p = prefix.get();
            md.append("  \n").append(Messages.get(lang, "hover.prefix", "network", p.subnet(), "broadcast",
                    p.broadcast()));
        } else if (roles.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(md.toString().strip());
    }

    private Optional<String> name(IxConfig config, Word word, Language lang) {
        return Navigation.symbolAt(config, word.range().start()).map(sym -> {
            var k = catalog.kind(sym.kind());
            String label = k == null ? sym.kind() : k.label().get(lang);
            var defs = config.symbols().definitions(sym.kind(), sym.name());
            int refs = config.symbols().referencesTo(sym.kind(), sym.name()).size();
            StringBuilder md = new StringBuilder("**").append(label).append("** `").append(sym.name()).append("`");
            if (defs.isEmpty()) {
                boolean builtIn = k != null && k.builtIn().contains(sym.name());
                md.append("  \n").append(Messages.get(lang, builtIn ? "hover.builtIn" : "hover.notDefined"));
            } else {
                int line = defs.get(0).statement().line().index() + 1;
                md.append("  \n").append(Messages.get(lang, "hover.defined", "line", line, "references", refs))
                        .append("\n```\n").append(Masked.line(defs.get(0).statement())).append("\n```");
            }
            return md.toString();
        });
    }
}
