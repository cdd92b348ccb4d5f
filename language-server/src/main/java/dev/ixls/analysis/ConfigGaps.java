package dev.ixls.analysis;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.CommandSpec;
import dev.ixls.catalog.MatchResult;
import dev.ixls.model.IxConfig;
import dev.ixls.parse.ParsedConfig;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.ConfigLine;
import dev.ixls.syntax.LineKind;
import dev.ixls.syntax.Word;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a config may hold that ixls cannot see, so that rules about something missing stay
 * silent where the missing piece may well be there: words of lines the parser could not fully
 * read, and console transcripts (the lines typed in one session, not the whole config).
 */
public final class ConfigGaps {

    private final Set<String> unreadWords;
    private final boolean fragment;
    /** The lines the words come from: looked at again only to tell one line from the others. */
    private final List<Statement> unread;
    private final List<Statement> freeText;

    private ConfigGaps(Set<String> unreadWords, boolean fragment, List<Statement> unread, List<Statement> freeText) {
        this.unreadWords = unreadWords;
        this.fragment = fragment;
        this.unread = unread;
        this.freeText = freeText;
    }

    /** Computes the gaps of a config; rules get them once per check from {@link AnalysisContext#gaps()}. */
    public static ConfigGaps of(IxConfig config) {
        return of(config, StatementIndex.of(config.parsed().statements()));
    }

    static ConfigGaps of(IxConfig config, StatementIndex statements) {
        Set<String> words = new HashSet<>();
        List<Statement> freeText = new java.util.ArrayList<>();
        for (Statement s : statements.irregular()) { // the lines the parser could not fully read
            addParts(s.line().words(), words);
        }
        // Free text (descriptions, catch-all options) may name things too.
        for (CommandSpec command : statements.commands()) {
            if (!command.hasArg(type -> type instanceof ArgType.Text)) {
                continue;
            }
            for (Statement s : statements.of(command.id())) {
                if (StatementIndex.isIrregular(s)) {
                    continue;
                }
                MatchResult m = s.match();
                boolean added = false;
                for (int i = 0; i < m.bindingCount(); i++) {
                    if (m.argAt(i).type() instanceof ArgType.Text) {
                        addParts(List.of(m.wordAt(i)), words);
                        if (!added) {
                            freeText.add(s);
                            added = true;
                        }
                    }
                }
            }
        }
        return new ConfigGaps(Collections.unmodifiableSet(words), isTranscript(config.parsed()),
                statements.irregular(), freeText);
    }

    /**
     * Whether a config command was typed after a console prompt ({@code ix(config)# ip route ...}).
     * Bare prompts and exec commands ({@code router# show running-config}) do not count: the output
     * of {@code show running-config} pasted with its prompts is a whole config.
     */
    private static boolean isTranscript(ParsedConfig parsed) {
        // The lexer reads a prompt only up to its `#` (IxConfigLexer.g4, PROMPT): text without
        // one has none, and most configs need not have every line looked at.
        if (parsed.source().text().indexOf('#') < 0) {
            return false;
        }
        for (ConfigLine line : parsed.lines()) {
            if (line.kind() == LineKind.COMMAND && !line.words().isEmpty()
                    && line.contentStart() < line.words().get(0).start()) {
                return true;
            }
        }
        return false;
    }

    private static void addParts(List<Word> from, Set<String> into) {
        for (Word w : from) {
            String text = w.text();
            if (text.indexOf(',') < 0) {
                into.add(text);
            } else {
                for (String part : text.split(",")) {
                    into.add(part);
                }
            }
        }
    }

    /**
     * Words of lines the parser could not fully read, and free-text arguments: any of them may
     * be a use of a name or an address.
     */
    public Set<String> unreadWords() {
        return unreadWords;
    }

    /** Whether a line ixls could not read names this word (a name, an address). */
    public boolean mayMention(String word) {
        return word != null && unreadWords.contains(word);
    }

    /** Whether a line ixls could not read, other than {@code except}, names this word. */
    public boolean mayMention(String word, Statement except) {
        if (!mayMention(word)) {
            return false;
        }
        // Rare: only when some unread line has the word at all.
        for (Statement s : unread) {
            if (s != except && has(s.line().words(), word)) {
                return true;
            }
        }
        for (Statement s : freeText) {
            if (s == except) {
                continue;
            }
            MatchResult m = s.match();
            for (int i = 0; i < m.bindingCount(); i++) {
                if (m.argAt(i).type() instanceof ArgType.Text && has(List.of(m.wordAt(i)), word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean has(List<Word> words, String word) {
        Set<String> parts = new HashSet<>();
        addParts(words, parts);
        return parts.contains(word);
    }

    /** A console transcript: what was typed in a session, on top of a config the file does not show. */
    public boolean isFragment() {
        return fragment;
    }
}
