package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;
import java.util.List;
import java.util.function.Predicate;

/**
 * One command of the catalog.
 *
 * @param contexts the blocks the command may stand in ({@code global}, {@code interface}, ...)
 * @param opens the block the command opens, or null
 * @param namesStructures whether an argument defines or uses a name ({@code def:}/{@code ref:})
 * @param fixedPrefix the leading keywords and plain arguments (see {@link #cannotComplete})
 * @param closed whether the catalog knows every form and every block of the command: only then can
 *               a finding that rests on the catalog (a value, a missing argument, a placement) be
 *               an error; for an open command it is at most a warning (see {@code RuleEngine})
 * @param seen where the command's forms were seen (public configs, manuals), for whoever checks the
 *             catalog; never shown to users
 */
public record CommandSpec(String id, String syntax, List<Element> elements, List<String> contexts, String opens,
        LocalizedText doc, List<String> leadingLiterals, List<String> firstWords, boolean namesStructures,
        List<Element> fixedPrefix, boolean closed, List<String> seen) {

    /** A command with its derived word lists computed once (they are read for every line parsed). */
    public static CommandSpec of(String id, String syntax, List<Element> elements, List<String> contexts, String opens,
            LocalizedText doc) {
        return of(id, syntax, elements, contexts, opens, doc, false, List.of());
    }

    /** As above, with what the catalog claims to know of the command (see {@link #closed}). */
    public static CommandSpec of(String id, String syntax, List<Element> elements, List<String> contexts, String opens,
            LocalizedText doc, boolean closed, List<String> seen) {
        return new CommandSpec(id, syntax, elements, contexts, opens, doc, List.copyOf(literalsOf(elements)),
                List.copyOf(startWords(elements.get(0))), namesStructures(elements), fixedPrefixOf(elements), closed,
                List.copyOf(seen));
    }

    /** The leading keywords and plain arguments: they stand at the same word positions in every complete line. */
    private static List<Element> fixedPrefixOf(List<Element> elements) {
        List<Element> out = new java.util.ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Element.Literal || e instanceof Element.Arg a && !(a.type() instanceof ArgType.Text)) {
                out.add(e);
            } else {
                break;
            }
        }
        return List.copyOf(out);
    }

    /**
     * A cheap test that a line cannot be a complete instance of this command: a word of the fixed
     * prefix has the wrong keyword or shape, or the line is too short. The first {@code from}
     * words are taken as already checked by the caller.
     */
    public boolean cannotComplete(List<dev.ixls.syntax.Word> words, int from) {
        if (words.size() < fixedPrefix.size()) {
            return true;
        }
        for (int i = from; i < fixedPrefix.size(); i++) {
            Element e = fixedPrefix.get(i);
            dev.ixls.syntax.Word w = words.get(i);
            if (e instanceof Element.Literal l ? !CommandMatcher.spells(w.text(), l.word())
                    : !((Element.Arg) e).type().accepts(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any argument defines or uses a name (so the symbol table must look at the line). */
    private static boolean namesStructures(List<Element> elements) {
        return hasArg(elements, type -> type instanceof ArgType.Def || type instanceof ArgType.Ref);
    }

    /** Whether the command has an argument of a type anywhere in its syntax (in options and choices too). */
    public boolean hasArg(Predicate<ArgType> type) {
        return hasArg(elements, type);
    }

    private static boolean hasArg(List<Element> sequence, Predicate<ArgType> type) {
        for (Element e : sequence) {
            boolean has = e instanceof Element.Arg a && type.test(a.type())
                    || e instanceof Element.Optional o && hasArg(o.sequence(), type)
                    || e instanceof Element.Choice c && c.alternatives().stream().anyMatch(alt -> hasArg(alt, type))
                    || e instanceof Element.Repeat r && hasArg(List.of(r.element()), type);
            if (has) {
                return true;
            }
        }
        return false;
    }

    /** The syntax as a user reads it: {@code ike keepalive <policy> <interval> <retries>}. */
    public String usage() {
        return usage(elements);
    }

    private static String usage(List<Element> sequence) {
        StringBuilder sb = new StringBuilder();
        for (Element e : sequence) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(usage(e));
        }
        return sb.toString();
    }

    private static String usage(Element e) {
        if (e instanceof Element.Literal l) {
            return l.word();
        }
        if (e instanceof Element.Arg a) {
            if (a.type() instanceof ArgType.Keyword k) {
                return "{" + String.join("|", k.values()) + "}";
            }
            return a.type() instanceof ArgType.Text ? "<" + a.name() + "...>" : "<" + a.name() + ">";
        }
        if (e instanceof Element.Optional o) {
            return "[" + usage(o.sequence()) + "]";
        }
        if (e instanceof Element.Choice c) {
            return "{" + String.join(" | ", c.alternatives().stream().map(CommandSpec::usage).toList()) + "}";
        }
        return usage(((Element.Repeat) e).element()) + "...";
    }

    /**
     * The literal words a command starts with, e.g. {@code [ike, proposal]}; interned, so that the
     * parser can tell by identity that two commands share a keyword.
     */
    private static List<String> literalsOf(List<Element> elements) {
        List<String> out = new java.util.ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Element.Literal l) {
                out.add(l.word().intern());
            } else {
                break;
            }
        }
        return out;
    }

    private static List<String> startWords(Element e) {
        if (e instanceof Element.Literal l) {
            return List.of(l.word());
        }
        if (e instanceof Element.Arg a && a.type() instanceof ArgType.Keyword k) {
            return k.values();
        }
        if (e instanceof Element.Choice c) {
            List<String> out = new java.util.ArrayList<>();
            for (List<Element> alt : c.alternatives()) {
                out.addAll(startWords(alt.get(0)));
            }
            return out;
        }
        if (e instanceof Element.Repeat r) {
            return startWords(r.element());
        }
        throw new IllegalStateException("command " + "must start with a keyword");
    }
}
