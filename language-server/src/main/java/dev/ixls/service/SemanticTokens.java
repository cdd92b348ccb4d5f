package dev.ixls.service;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Binding;
import dev.ixls.catalog.CommandCatalog;
import dev.ixls.catalog.StructureKind;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Placement;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.Word;
import dev.ixls.syntax.WordKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic tokens: keywords, keyword values, structure names, addresses, numbers, free text,
 * comments, and keys, which carry the {@code secret} modifier so an editor can obscure them.
 */
public final class SemanticTokens {

    /** Token types, in legend order. {@code address} is ixls's own type for IPv4 addresses and prefixes. */
    public static final List<String> TYPES = List.of("keyword", "enumMember", "struct", "address", "number", "string",
            "comment", "variable");
    /** Token modifiers, in legend order (bit 0 first). */
    public static final List<String> MODIFIERS = List.of("declaration", "secret", "defaultLibrary");

    public static final int KEYWORD = 0;
    public static final int VALUE = 1;
    public static final int STRUCT = 2;
    public static final int ADDRESS = 3;
    public static final int NUMBER = 4;
    public static final int STRING = 5;
    public static final int COMMENT = 6;
    public static final int VARIABLE = 7;

    public static final int DECLARATION = 1;
    public static final int SECRET = 1 << 1;
    public static final int DEFAULT_LIBRARY = 1 << 2;

    /** One token on one line, columns in UTF-16 units. */
    public record Token(int line, int start, int length, int type, int modifiers) {
    }

    private final CommandCatalog catalog;

    public SemanticTokens(CommandCatalog catalog) {
        this.catalog = catalog;
    }

    /** Tokens of the lines {@code firstLine..lastLine}, in document order. */
    public List<Token> tokens(ParsedConfig parsed, int firstLine, int lastLine) {
        List<Token> out = new ArrayList<>();
        int to = Math.min(lastLine, parsed.lines().size() - 1);
        for (int i = Math.max(0, firstLine); i <= to; i++) {
            ConfigLine line = parsed.lines().get(i);
            if (line.kind() == LineKind.COMMENT) {
                int end = line.text().stripTrailing().length();
                if (end > line.contentStart()) {
                    out.add(new Token(i, line.contentStart(), end - line.contentStart(), COMMENT, 0));
                }
            } else if (line.kind() == LineKind.COMMAND) {
                Statement s = parsed.statementAt(i);
                if (s != null) {
                    statement(s, out);
                }
            }
        }
        return out;
    }

    public List<Token> tokens(ParsedConfig parsed) {
        return tokens(parsed, 0, parsed.lines().size() - 1);
    }

    private void statement(Statement s, List<Token> out) {
        Map<Word, Binding> bound = new HashMap<>();
        boolean known = s.match() != null && s.placement() != Placement.UNKNOWN;
        if (known) {
            for (Binding b : s.match().bindings()) {
                bound.putIfAbsent(b.word(), b);
            }
        }
        Set<Word> secrets = new HashSet<>(s.secretWords());
        List<Word> words = s.line().words();
        int consumed = known ? s.match().consumed() + (s.negated() ? 1 : 0) : 0;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            int length = w.end() - w.start();
            if (secrets.contains(w)) {
                out.add(new Token(w.line(), w.start(), length, STRING, SECRET));
                continue;
            }
            Binding b = bound.get(w);
            if (b != null) {
                int[] tm = classify(b, w);
                if (tm != null) {
                    out.add(new Token(w.line(), w.start(), length, tm[0], tm[1]));
                }
            } else if (known && i < consumed || s.placement() == Placement.EXIT) {
                out.add(new Token(w.line(), w.start(), length, KEYWORD, 0));
            } else if (w.kind() == WordKind.IPV4 || w.kind() == WordKind.IPV4_PREFIX) {
                out.add(new Token(w.line(), w.start(), length, ADDRESS, 0));
            } else if (w.kind() == WordKind.NUMBER) {
                out.add(new Token(w.line(), w.start(), length, NUMBER, 0));
            }
        }
    }

    private int[] classify(Binding b, Word w) {
        ArgType type = b.type();
        if (type instanceof ArgType.Secret) {
            return new int[] {STRING, SECRET};
        }
        if (type instanceof ArgType.Keyword) {
            return new int[] {VALUE, 0};
        }
        if (type instanceof ArgType.Def) {
            return new int[] {STRUCT, DECLARATION};
        }
        if (type instanceof ArgType.Ref r) {
            for (String kind : r.kinds()) {
                StructureKind k = catalog.kind(kind);
                if (k != null && k.builtIn().contains(w.text())) {
                    return new int[] {STRUCT, DEFAULT_LIBRARY};
                }
            }
            return new int[] {STRUCT, 0};
        }
        if (type instanceof ArgType.Ipv4 || type instanceof ArgType.Prefix) {
            return new int[] {ADDRESS, 0};
        }
        if (type instanceof ArgType.Int) {
            return new int[] {NUMBER, 0};
        }
        if (type instanceof ArgType.Text) {
            if (w.kind() == WordKind.IPV4 || w.kind() == WordKind.IPV4_PREFIX) {
                return new int[] {ADDRESS, 0};
            }
            return w.kind() == WordKind.NUMBER ? new int[] {NUMBER, 0} : new int[] {STRING, 0};
        }
        return new int[] {VARIABLE, 0};
    }

    /** LSP's relative encoding: five integers per token. */
    public static int[] encode(List<Token> tokens) {
        int[] data = new int[tokens.size() * 5];
        int line = 0;
        int start = 0;
        int i = 0;
        for (Token t : tokens) {
            int deltaLine = t.line() - line;
            data[i++] = deltaLine;
            data[i++] = deltaLine == 0 ? t.start() - start : t.start();
            data[i++] = t.length();
            data[i++] = t.type();
            data[i++] = t.modifiers();
            line = t.line();
            start = t.start();
        }
        return data;
    }
}
