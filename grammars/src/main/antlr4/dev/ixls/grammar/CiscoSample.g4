/*
 * The Cisco IOS sample configuration that the AWS console's "Download configuration" renders
 * for an AWS Site-to-Site VPN connection (vendor Cisco Systems, platform ISR / CSRv,
 * software IOS 12.4+).
 *
 * The sample is line oriented. Every line is one of:
 *   - a ruler:           ! ----------------------------------------
 *   - a tunnel heading:  ! IPSec Tunnel #1        (also `IPsec`)
 *   - a section heading: ! #1: Internet Key Exchange (IKE) Configuration
 *                        ! #4 Static Route Configuration
 *   - a header field:    ! Your VPN Connection ID        : vpn-0e88bfbe4ce7ff72a
 *   - any other comment: ! text
 *   - an IOS command:    crypto isakmp policy 200 / encryption aes 128 / exit
 *   - blank.
 * Block structure (which sub-commands belong to `crypto keyring ...`, `interface Tunnel1`,
 * `router bgp ...`) is left to the reader that walks the parse tree: IOS blocks end at `exit`,
 * and indentation is not reliable in pasted text.
 *
 * The grammar is total: every character lexes to some token and every token sequence parses
 * into lines, so the reader sees the whole input and decides itself what is missing.
 * Text whose line breaks were lost is re-broken by the reader before it reaches this grammar.
 */
grammar CiscoSample;

sample
    : line (NEWLINE line)* EOF
    ;

// A `!` line matches several alternatives (every one of them is also a comment); ANTLR resolves
// such ambiguity in favour of the alternative listed first, so a ruler or a heading is never
// taken for a plain comment, and `! Label : value` is a header field.
line
    : ruler
    | tunnelHeading
    | sectionHeading
    | headerField
    | comment
    | command
    | // blank
    ;

ruler
    : BANG DASHES
    ;

tunnelHeading
    : BANG IPSEC_TUNNEL HASH_NUMBER
    ;

sectionHeading
    : BANG HASH_NUMBER COLON? text*
    ;

headerField
    : BANG label COLON value?
    ;

label
    : WORD+
    ;

value
    : text+
    ;

comment
    : BANG text*
    ;

// A command is any line that does not start with `!`; which commands matter is the reader's call.
command
    : commandStart argument*
    ;

commandStart
    : WORD
    | NUMBER
    | IPV4
    | HASH_NUMBER
    | DASHES
    | IPSEC_TUNNEL
    | COLON
    ;

argument
    : commandStart
    | BANG
    ;

text
    : argument
    ;

// ---- Lexer ----

NEWLINE      : '\r'? '\n' | '\r' ;

// Spaces, tabs (the header aligns its colons with a mix of both), and the no-break spaces that
// text copied from a web page carries.
SPACE        : [ \t\f\u000B\u00A0]+ -> channel(HIDDEN) ;

BANG         : '!' ;
COLON        : ':' ;

// `IPSec Tunnel` or `IPsec Tunnel`; one token so that a heading is told apart by the lexer.
IPSEC_TUNNEL : [Ii] [Pp] [Ss] [Ee] [Cc] [ \t]+ 'Tunnel' ;

HASH_NUMBER  : '#' DIGITS ;

// Rulers are 73 dashes in old samples and 80 in current ones; any run of three or more counts.
DASHES       : '---' '-'* ;

IPV4         : DIGITS '.' DIGITS '.' DIGITS '.' DIGITS ;
NUMBER       : DIGITS ;

// Anything else up to white space, `!` or `:`. Covers every remaining character, so the
// lexer never fails.
WORD         : ~[ \t\f\u000B\u00A0\r\n!:]+ ;

fragment DIGITS : [0-9]+ ;
