package dev.ixls.catalog;

import dev.ixls.i18n.LocalizedText;
import java.util.List;

/**
 * One command of the catalog.
 *
 * @param contexts the blocks the command may stand in ({@code global}, {@code interface}, ...)
 * @param opens the block the command opens, or null
 */
public record CommandSpec(String id, String syntax, List<Element> elements, List<String> contexts, String opens,
        LocalizedText doc, List<String> leadingLiterals, List<String> firstWords) {

    /** A command with its derived word lists computed once (they are read for every line parsed). */
    public static CommandSpec of(String id, String syntax, List<Element> elements, List<String> contexts, String opens,
            LocalizedText doc) {
        return new CommandSpec(id, syntax, elements, contexts, opens, doc, List.copyOf(literalsOf(elements)),
                List.copyOf(startWords(elements.get(0))));
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

    /** The literal words a command starts with, e.g. {@code [ike, proposal]}. */
    private static List<String> literalsOf(List<Element> elements) {
        List<String> out = new java.util.ArrayList<>();
        for (Element e : elements) {
            if (e instanceof Element.Literal l) {
                out.add(l.word());
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
