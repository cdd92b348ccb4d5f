package dev.ixls.parse;

import dev.ixls.catalog.ArgType;
import dev.ixls.catalog.Element;
import dev.ixls.catalog.MatchResult;
import dev.ixls.catalog.MatchStatus;
import dev.ixls.syntax.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where a line holds a key or password: by the position of a token, never by its text. A key is
 * masked where it stands, and the same text elsewhere (a {@code 1} in an address, a word in a
 * message) is left alone.
 *
 * <p>The positions are the catalog's {@code secret} arguments, and, because a line the catalog
 * reads wrongly must not leak its key, also: the word after {@code key}, {@code password} or
 * {@code secret} (past a format word such as {@code char}, {@code hex}, {@code plain}); on a line
 * that does not fit its command or in free text, the word after a near-typo of those ({@code kye}), and the word
 * where the command wanted {@code key} but got something else (the keyword left out). A position
 * the catalog binds to another argument (IKEv2's {@code key char SECRET} written in an IKEv1
 * {@code ike policy} puts SECRET where the proposal goes) is {@link #hidden}: the model, the symbol
 * table and every feature treat it as absent, so the key never becomes a name to show, complete or
 * copy into a fix.
 */
public final class SecretWords {

    /** What a key is shown as. */
    public static final String MASK = "********";

    static final SecretWords NONE = new SecretWords(List.of(), List.of());

    private static final Set<String> KEY_WORDS = Set.of("key", "password", "secret");
    /** Words between the keyword and the key that say how it is written. */
    private static final Set<String> FORMATS = Set.of("char", "hex", "plain", "hash", "0", "7");

    private final List<Word> all;
    private final List<Word> hidden;

    private SecretWords(List<Word> all, List<Word> hidden) {
        this.all = all;
        this.hidden = hidden;
    }

    /** Every key position of the line, in word order. */
    public List<Word> all() {
        return all;
    }

    /** The key positions the catalog bound to an argument that is not a key. */
    public List<Word> hidden() {
        return hidden;
    }

    public boolean contains(Word w) {
        return !all.isEmpty() && all.contains(w);
    }

    /**
     * A line that is not a config line (router output, a command typed in a session) as a user may
     * see it: the word after {@code key}, {@code password} or {@code secret} (past a format word)
     * masked, by position as on a config line; spacing kept.
     */
    public static String masked(String text) {
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            spans.add(new int[] {start, i});
        }
        StringBuilder out = null;
        for (int i = spans.size() - 2; i >= 0; i--) { // from the end: a mask changes later offsets
            if (!KEY_WORDS.contains(word(text, spans.get(i)))) {
                continue;
            }
            int at = i + 1;
            if (FORMATS.contains(word(text, spans.get(at))) && at + 1 < spans.size()) {
                at++;
                String level = word(text, spans.get(at));
                if ((level.equals("0") || level.equals("1")) && at + 1 < spans.size()) {
                    at++; // a privilege level, as afterFormat reads it
                }
            }
            out = out == null ? new StringBuilder(text) : out;
            out.replace(spans.get(at)[0], spans.get(at)[1], MASK);
        }
        return out == null ? text : out.toString();
    }

    private static String word(String text, int[] span) {
        return text.substring(span[0], span[1]);
    }

    static SecretWords of(List<Word> words, MatchResult match, Placement placement, boolean negated) {
        List<Word> out = null;
        int lastCatalogKey = -1; // the word index of the catalog's last key
        if (match != null) {
            for (int i = 0; i < match.bindingCount(); i++) {
                if (match.argAt(i).type() instanceof ArgType.Secret) {
                    out = add(out, match.wordAt(i));
                    lastCatalogKey = Math.max(lastCatalogKey, words.indexOf(match.wordAt(i)));
                }
            }
        }
        boolean fits = match != null && placement != Placement.UNKNOWN
                && (match.status() == MatchStatus.COMPLETE || match.status() == MatchStatus.EXTRA);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (out != null && out.contains(words.get(i))) {
                continue; // a key is no keyword, whatever it spells (a key "Secret")
            }
            String w = words.get(i).text();
            // A typo counts where the catalog does not read the word as a keyword of its own: on a line
            // that does not fit, or in free text (`ikev2 <setting> <options:text>` takes anything).
            if (KEY_WORDS.contains(w) || ((!fits || freeText(match, words.get(i))) && nearKeyWord(w))) {
                int at = afterFormat(words, i + 1);
                // A word between the keyword and the catalog's key is a format the catalog read
                // (`key chr KEY`: a misspelt `char`), not a second key.
                if (!(i < lastCatalogKey && at < lastCatalogKey)) {
                    out = add(out, words.get(at));
                }
            }
        }
        if (match != null && match.status() == MatchStatus.MISMATCH && wantedKeyWord(match)) {
            int at = match.consumed() + (negated ? 1 : 0);
            if (at < words.size() && !nearKeyWord(words.get(at).text()) && !KEY_WORDS.contains(words.get(at).text())) {
                out = add(out, words.get(at)); // `key` left out: the key stands where the keyword should
            }
        }
        if (out == null) {
            return NONE;
        }
        List<Word> hidden = new ArrayList<>(1);
        if (match != null) {
            for (int i = 0; i < match.bindingCount(); i++) {
                if (!(match.argAt(i).type() instanceof ArgType.Secret) && out.contains(match.wordAt(i))) {
                    hidden.add(match.wordAt(i));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Word::start));
        return new SecretWords(List.copyOf(out), List.copyOf(hidden));
    }

    private static boolean freeText(MatchResult match, Word w) {
        for (int i = 0; i < match.bindingCount(); i++) {
            if (match.wordAt(i) == w) {
                ArgType t = match.argAt(i).type();
                return t instanceof ArgType.Text || t instanceof ArgType.AnyWord;
            }
        }
        return false;
    }

    private static List<Word> add(List<Word> out, Word w) {
        List<Word> list = out == null ? new ArrayList<>(2) : out;
        if (!list.contains(w)) {
            list.add(w);
        }
        return list;
    }

    /**
     * The key's index: past one format word when a word follows it, and past a privilege level
     * after the format ({@code username NAME password plain 1 PASS}: the catalog's syntax since
     * issue 10) when a word follows that too, so a line the catalog does not read still masks PASS.
     */
    private static int afterFormat(List<Word> words, int at) {
        if (!FORMATS.contains(words.get(at).text()) || at + 1 >= words.size()) {
            return at;
        }
        String level = words.get(at + 1).text();
        return (level.equals("0") || level.equals("1")) && at + 2 < words.size() ? at + 2 : at + 1;
    }

    private static boolean wantedKeyWord(MatchResult match) {
        for (Element e : match.expectedElements()) {
            if (e instanceof Element.Literal l && KEY_WORDS.contains(l.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A typo of a key word, in lower case as keywords are typed: one edit (or a swap of neighbours)
     * from {@code key}, two from {@code password}, one from {@code secret}.
     */
    static boolean nearKeyWord(String w) {
        if (KEY_WORDS.contains(w)) {
            return false;
        }
        String lower = w.toLowerCase(java.util.Locale.ROOT);
        if (!lower.equals(w)) {
            return false; // IX keywords are typed in lower case; a word with capitals is more likely a key
        }
        return (lower.length() >= 2 && lower.length() <= 4 && distance(lower, "key") <= 1)
                || (lower.length() >= 4 && (distance(lower, "password") <= 2 || distance(lower, "secret") <= 1));
    }

    /** Optimal string alignment distance (Levenshtein with swaps of neighbours). */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > 2) {
            return 3;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
