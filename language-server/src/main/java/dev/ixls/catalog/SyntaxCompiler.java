package dev.ixls.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a catalog syntax string such as
 * {@code ike keepalive <policy:ref:ike-policy> <interval:int(1..86400)> [<x:a|b>]} into
 * {@link Element}s. A malformed syntax string is a bug in the catalog and fails loudly.
 */
final class SyntaxCompiler {

    private final String source;
    private final List<String> tokens;
    private int next;

    private SyntaxCompiler(String source) {
        this.source = source;
        this.tokens = tokenize(source);
    }

    static List<Element> compile(String syntax) {
        SyntaxCompiler compiler = new SyntaxCompiler(syntax);
        List<Element> sequence = compiler.sequence();
        if (compiler.next != compiler.tokens.size()) {
            throw compiler.error("unexpected '" + compiler.tokens.get(compiler.next) + "'");
        }
        if (sequence.isEmpty()) {
            throw compiler.error("empty syntax");
        }
        return List.copyOf(sequence);
    }

    private List<Element> sequence() {
        List<Element> out = new ArrayList<>();
        while (next < tokens.size()) {
            String t = tokens.get(next);
            if (t.equals("}") || t.equals("]") || t.equals("|")) {
                break;
            }
            next++;
            Element element = switch (t) {
                case "[" -> {
                    List<Element> inner = sequence();
                    expect("]");
                    yield new Element.Optional(List.copyOf(inner));
                }
                case "{" -> {
                    List<List<Element>> alternatives = new ArrayList<>();
                    alternatives.add(List.copyOf(sequence()));
                    while (peek("|")) {
                        next++;
                        alternatives.add(List.copyOf(sequence()));
                    }
                    expect("}");
                    yield new Element.Choice(List.copyOf(alternatives));
                }
                default -> t.startsWith("<") ? argument(t.substring(1, t.length() - 1)) : new Element.Literal(t);
            };
            if (peek("...")) {
                next++;
                element = new Element.Repeat(element);
            }
            out.add(element);
        }
        return out;
    }

    private Element.Arg argument(String body) {
        int colon = body.indexOf(':');
        if (colon <= 0) {
            throw error("argument <" + body + "> needs name:type");
        }
        // Interned: lookups by name (`statement.arg("peer")`) then usually succeed on identity.
        return new Element.Arg(body.substring(0, colon).intern(), type(body.substring(colon + 1)));
    }

    private ArgType type(String spec) {
        switch (spec) {
            case "ipv4":
                return new ArgType.Ipv4();
            case "prefix":
                return new ArgType.Prefix();
            case "int":
                return new ArgType.Int(0, Long.MAX_VALUE);
            case "word":
            case "ifname":
                return new ArgType.AnyWord();
            case "text":
                return new ArgType.Text();
            case "secret":
                return new ArgType.Secret();
            default:
                break;
        }
        if (spec.startsWith("int(") && spec.endsWith(")")) {
            String[] bounds = spec.substring(4, spec.length() - 1).split("\\.\\.");
            return new ArgType.Int(Long.parseLong(bounds[0]), Long.parseLong(bounds[1]));
        }
        if (spec.startsWith("def:")) {
            return new ArgType.Def(spec.substring(4), false);
        }
        if (spec.startsWith("defs:")) {
            return new ArgType.Def(spec.substring(5), true);
        }
        if (spec.startsWith("ref:")) {
            return new ArgType.Ref(List.of(spec.substring(4).split("\\|")), false);
        }
        if (spec.startsWith("refs:")) {
            return new ArgType.Ref(List.of(spec.substring(5).split("\\|")), true);
        }
        boolean closed = spec.startsWith("=");
        String values = closed ? spec.substring(1) : spec;
        if (values.isEmpty()) {
            throw error("empty keyword set");
        }
        return new ArgType.Keyword(List.of(values.split("\\|")), closed);
    }

    private boolean peek(String token) {
        return next < tokens.size() && tokens.get(next).equals(token);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw error("expected '" + token + "'");
        }
        next++;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("catalog syntax '" + source + "': " + what);
    }

    private static List<String> tokenize(String s) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '<') {
                int close = s.indexOf('>', i);
                if (close < 0) {
                    throw new IllegalArgumentException("catalog syntax '" + s + "': unclosed <");
                }
                out.add(s.substring(i, close + 1));
                i = close + 1;
            } else if (s.startsWith("...", i)) {
                out.add("...");
                i += 3;
            } else if ("{}[]|".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < s.length() && !Character.isWhitespace(s.charAt(i)) && "{}[]|<".indexOf(s.charAt(i)) < 0
                        && !s.startsWith("...", i)) {
                    i++;
                }
                out.add(s.substring(start, i));
            }
        }
        return out;
    }
}
