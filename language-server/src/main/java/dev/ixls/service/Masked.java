package dev.ixls.service;

import dev.ixls.parse.SecretWords;
import dev.ixls.parse.Statement;
import dev.ixls.syntax.Word;
import java.util.Comparator;
import java.util.List;

/** A config line as features may show it: every key replaced by a mask. */
final class Masked {

    private Masked() {
    }

    /** The statement's line from its first visible character, keys masked. */
    static String line(Statement s) {
        String text = s.line().text();
        StringBuilder sb = new StringBuilder(text);
        List<Word> secrets = s.secretWords().stream().sorted(Comparator.comparingInt(Word::start).reversed()).toList();
        for (Word w : secrets) {
            sb.replace(w.start(), w.end(), SecretWords.MASK);
        }
        return sb.toString().strip();
    }
}
