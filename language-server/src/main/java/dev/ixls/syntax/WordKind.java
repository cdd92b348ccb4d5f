package dev.ixls.syntax;

/** The lexical shape of a word, as the ANTLR lexer classifies it. */
public enum WordKind {
    WORD,
    IPV4,
    IPV4_PREFIX,
    NUMBER
}
