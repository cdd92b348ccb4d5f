/*
 * Lexical structure of an NEC IX configuration file (typed input, `show running-config`
 * output, or a console transcript pasted into a file).
 *
 * The language is line oriented: a line is a comment, a command made of words, or empty.
 * Block structure (interface, router bgp, ...) is decided by the command catalog, not by the
 * grammar or the indent width, so this grammar stops at lines and words.
 *
 * Every character of any input lexes to some token: the lexer never fails, which keeps
 * parsing error tolerant for half-typed or binary files.
 */
lexer grammar IxConfigLexer;

// ---- Mode LINE_START (default): the start of a line, before its first word. ----

NEWLINE       : '\r'? '\n' | '\r' ;
LEADING_SPACE : [ \t\f\u000B]+ -> skip ;

// `!` as the first visible character makes the whole line a comment. Inside a command `!` is
// an ordinary character (descriptions, passwords).
COMMENT       : '!' ~[\r\n]* ;

// A pasted console prompt: `Router(config)#`, `ix01(config-GigaEthernet1.2)#`, `ix01#`.
PROMPT        : PROMPT_HOST ( '(' ~[()\r\n]* ')' )? '#' -> mode(IN_LINE) ;

// A device message pasted with a transcript: `% Invalid command.`
DEVICE_MESSAGE: '%' ~[\r\n]* ;

FIRST_IPV4_PREFIX : IPV4_FORM '/' DIGITS -> type(IPV4_PREFIX), mode(IN_LINE) ;
FIRST_IPV4        : IPV4_FORM            -> type(IPV4), mode(IN_LINE) ;
FIRST_NUMBER      : DIGITS               -> type(NUMBER), mode(IN_LINE) ;
FIRST_WORD        : WORD_CHAR+           -> type(WORD), mode(IN_LINE) ;

// ---- Mode IN_LINE: after the first word, up to the end of the line. ----
mode IN_LINE;

IN_LINE_NEWLINE : ( '\r'? '\n' | '\r' ) -> type(NEWLINE), mode(DEFAULT_MODE) ;
SPACE           : [ \t\f\u000B]+ -> skip ;
IPV4_PREFIX     : IPV4_FORM '/' DIGITS ;
IPV4            : IPV4_FORM ;
NUMBER          : DIGITS ;
WORD            : WORD_CHAR+ ;

fragment PROMPT_HOST : [A-Za-z0-9] [A-Za-z0-9_.-]* ;
fragment IPV4_FORM   : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
fragment DIGITS      : [0-9]+ ;
fragment WORD_CHAR   : ~[ \t\f\u000B\r\n] ;
