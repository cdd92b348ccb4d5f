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
 *
 * Rules carry as few lexer actions as they can, because ANTLR runs an action executor for every
 * token that has one: white space is a token of its own that the reader ignores (not `skip`),
 * and the first word of a line keeps its own token type (FIRST_WORD, ...) instead of a `type`
 * action, so only the two mode switches of a command line remain.
 */
lexer grammar IxConfigLexer;

// ---- Mode LINE_START (default): the start of a line, before its first word. ----

NEWLINE       : '\r'? '\n' | '\r' ;
LEADING_SPACE : [ \t\f\u000B]+ ;

// `!` as the first visible character makes the whole line a comment. Inside a command `!` is
// an ordinary character (descriptions, passwords).
COMMENT       : '!' ~[\r\n]* ;

// A pasted console prompt: `Router(config)#`, `ix01(config-GigaEthernet1.2)#`, `ix01#`.
PROMPT        : PROMPT_HOST ( '(' ~[()\r\n]* ')' )? '#' -> mode(IN_LINE) ;

// A device message pasted with a transcript: `% Invalid command.`
DEVICE_MESSAGE: '%' ~[\r\n]* ;

FIRST_IPV4_PREFIX : IPV4_FORM '/' DIGITS -> mode(IN_LINE) ;
FIRST_IPV4        : IPV4_FORM            -> mode(IN_LINE) ;
FIRST_NUMBER      : DIGITS               -> mode(IN_LINE) ;
FIRST_WORD        : WORD_CHAR+           -> mode(IN_LINE) ;

// ---- Mode IN_LINE: after the first word, up to the end of the line. ----
mode IN_LINE;

IN_LINE_NEWLINE : ( '\r'? '\n' | '\r' ) -> mode(DEFAULT_MODE) ;
SPACE           : [ \t\f\u000B]+ ;
IPV4_PREFIX     : IPV4_FORM '/' DIGITS ;
IPV4            : IPV4_FORM ;
NUMBER          : DIGITS ;
WORD            : WORD_CHAR+ ;

fragment PROMPT_HOST : [A-Za-z0-9] [A-Za-z0-9_.-]* ;
fragment IPV4_FORM   : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
fragment DIGITS      : [0-9]+ ;
fragment WORD_CHAR   : ~[ \t\f\u000B\r\n] ;
