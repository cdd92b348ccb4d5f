package dev.ixls.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One message of a catalog, parsed once. The syntax is a small subset of ICU MessageFormat:
 * <ul>
 *   <li>{@code {name}}: the value of the named argument;</li>
 *   <li>{@code {count, plural, one {# change} other {# changes}}}: a form chosen by the number
 *       ({@code =0 {...}} for an exact value is allowed too), {@code #} being the number itself.</li>
 * </ul>
 * Braces are not otherwise allowed in a template; nothing else is special (an apostrophe is an
 * apostrophe), so translators do not have to learn MessageFormat's quoting rules.
 */
public final class MessageTemplate {

    private sealed interface Part permits Literal, Arg, Plural {
    }

    private record Literal(String text) implements Part {
    }

    private record Arg(String name) implements Part {
    }

    /** A plural choice: exact forms ({@code =0}) first, then {@code one}, then {@code other}. */
    private record Plural(String name, Map<String, MessageTemplate> forms) implements Part {
    }

    private final String source;
    private final List<Part> parts;

    private MessageTemplate(String source, List<Part> parts) {
        this.source = source;
        this.parts = parts;
    }

    /** Parses a template; a malformed one throws, so a catalog test finds it before a user does. */
    public static MessageTemplate parse(String source) {
        Parser p = new Parser(source);
        List<Part> parts = p.parts(false);
        if (p.pos != source.length()) {
            throw p.error("unbalanced '}'");
        }
        return new MessageTemplate(source, parts);
    }

    public String source() {
        return source;
    }

    /** The names of the arguments this template reads, plural forms included. */
    public Set<String> argumentNames() {
        Set<String> names = new TreeSet<>();
        collectNames(names);
        return names;
    }

    private void collectNames(Set<String> names) {
        for (Part part : parts) {
            if (part instanceof Arg a) {
                names.add(a.name());
            } else if (part instanceof Plural pl) {
                names.add(pl.name());
                pl.forms().values().forEach(t -> t.collectNames(names));
            }
        }
    }

    /**
     * Fills the template. An argument the caller did not pass stays visible as {@code {name}}
     * rather than failing a user's request; the catalog tests make sure it never happens.
     */
    public String format(Map<String, ?> args) {
        StringBuilder out = new StringBuilder(source.length() + 16);
        appendTo(out, args, null);
        return out.toString();
    }

    private void appendTo(StringBuilder out, Map<String, ?> args, String pound) {
        for (Part part : parts) {
            if (part instanceof Literal l) {
                if (pound == null) {
                    out.append(l.text());
                } else {
                    out.append(l.text().replace("#", pound));
                }
            } else if (part instanceof Arg a) {
                Object value = args.get(a.name());
                out.append(value == null && !args.containsKey(a.name()) ? "{" + a.name() + "}" : String.valueOf(value));
            } else if (part instanceof Plural pl) {
                Object value = args.get(pl.name());
                long n = value instanceof Number num ? num.longValue() : parseLong(value);
                MessageTemplate form = pl.forms().get("=" + n);
                if (form == null) {
                    form = pl.forms().get(n == 1 ? "one" : "other");
                }
                if (form == null) {
                    form = pl.forms().get("other");
                }
                form.appendTo(out, args, String.valueOf(n));
            }
        }
    }

    private static long parseLong(Object value) {
        try {
            return Long.parseLong(String.valueOf(value));
        } catch (NumberFormatException e) {
            return -1; // "other"
        }
    }

    @Override
    public String toString() {
        return source;
    }

    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        /** Reads parts up to the end, or up to an unmatched '}' when {@code nested}. */
        List<Part> parts(boolean nested) {
            List<Part> parts = new ArrayList<>();
            StringBuilder literal = new StringBuilder();
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == '}') {
                    if (!nested) {
                        throw error("unbalanced '}'");
                    }
                    break;
                }
                if (c == '{') {
                    if (!literal.isEmpty()) {
                        parts.add(new Literal(literal.toString()));
                        literal.setLength(0);
                    }
                    parts.add(placeholder());
                } else {
                    literal.append(c);
                    pos++;
                }
            }
            if (!literal.isEmpty()) {
                parts.add(new Literal(literal.toString()));
            }
            return parts;
        }

        private Part placeholder() {
            pos++; // '{'
            String name = word();
            skipSpaces();
            if (peek() == '}') {
                pos++;
                return new Arg(name);
            }
            expect(',');
            skipSpaces();
            String kind = word();
            if (!kind.equals("plural")) {
                throw error("unknown placeholder kind '" + kind + "'");
            }
            skipSpaces();
            expect(',');
            Map<String, MessageTemplate> forms = new java.util.LinkedHashMap<>();
            while (true) {
                skipSpaces();
                if (peek() == '}') {
                    pos++;
                    break;
                }
                String selector;
                if (peek() == '=') {
                    pos++;
                    selector = "=" + word();
                } else {
                    selector = word();
                }
                skipSpaces();
                int start = pos;
                expect('{');
                List<Part> inner = parts(true);
                expect('}');
                forms.put(selector, new MessageTemplate(s.substring(start + 1, pos - 1), inner));
            }
            if (!forms.containsKey("other")) {
                throw error("plural of '" + name + "' has no 'other' form");
            }
            return new Plural(name, forms);
        }

        private String word() {
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
                pos++;
            }
            if (start == pos) {
                throw error("name expected");
            }
            return s.substring(start, pos);
        }

        private void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        private char peek() {
            return pos < s.length() ? s.charAt(pos) : '\0';
        }

        private void expect(char c) {
            if (peek() != c) {
                throw error("'" + c + "' expected");
            }
            pos++;
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("message template: " + what + " at " + pos + " in: " + s);
        }
    }
}
