package dev.ixls.analysis.rules;

import dev.ixls.analysis.AnalysisContext;
import dev.ixls.analysis.Diagnostic;
import dev.ixls.analysis.Findings;
import dev.ixls.analysis.Rule;
import dev.ixls.analysis.Severity;
import dev.ixls.i18n.LocalizedText;
import dev.ixls.i18n.Messages;
import dev.ixls.syntax.Range;
import dev.ixls.syntax.TextDecoder;
import java.util.List;
import java.util.Set;

/**
 * IX000: the input is not an IX config as a whole: binary, in an unexpected encoding, or text
 * whose lines are almost all unknown (another vendor's config, a log). One finding at the top
 * instead of a warning on every line.
 */
public final class InputNotAConfig extends Rule {

    public static final String CODE = "IX000";

    public InputNotAConfig() {
        super(CODE, Severity.WARNING,
                LocalizedText.of("Not an IX config", "IX の設定ではありません"),
                LocalizedText.of("The file is binary, in an unexpected encoding, or almost none of its lines are IX commands.",
                        "バイナリ、想定外の文字コード、またはほとんどの行が IX のコマンドではないファイルです。"));
    }

    @Override
    public void check(AnalysisContext context, Findings findings) {
        if (!context.config().parsed().looksLikeIxConfig()) {
            findings.report(Range.onLine(0, 0, 0), LocalizedText.of(
                    "This does not look like an NEC IX config: almost none of its lines are IX commands. "
                            + "If it is an AWS sample, pass it with --aws-sample; otherwise check that this is the right file.",
                    "NEC IX の設定ではないようです（ほとんどの行が IX のコマンドではありません）。AWS のサンプルなら --aws-sample で渡してください。そうでなければファイルが正しいか確認してください。"));
        }
    }

    /** The finding for a file that is not text at all. */
    public static Diagnostic binary() {
        return fileLevel(Severity.ERROR, LocalizedText.of(
                "This file is binary (it contains NUL bytes), not an IX config; nothing was checked.",
                "このファイルはバイナリ（NUL バイトを含む）で、IX の設定ではありません。チェックしていません。"));
    }

    /** The finding for text that was not UTF-8, or null when the encoding needs no remark. */
    public static Diagnostic encoding(TextDecoder.Encoding encoding) {
        return switch (encoding) {
            case SHIFT_JIS -> fileLevel(Severity.INFO, LocalizedText.of(
                    "The file is not UTF-8; it was read as Shift_JIS. Save it as UTF-8 to be sure Japanese comments survive.",
                    "UTF-8 ではないため Shift_JIS として読みました。日本語コメントを確実に保つには UTF-8 で保存してください。"));
            case UTF16 -> fileLevel(Severity.INFO, Messages.text("IX000.utf16"));
            case UTF8_WITH_REPLACEMENTS -> fileLevel(Severity.WARNING, LocalizedText.of(
                    "The file has bytes that are neither UTF-8 nor Shift_JIS; they were replaced with U+FFFD.",
                    "UTF-8 でも Shift_JIS でもないバイトがあり、U+FFFD に置き換えました。"));
            default -> null;
        };
    }

    private static Diagnostic fileLevel(Severity severity, LocalizedText message) {
        return new Diagnostic(CODE, severity, Range.onLine(0, 0, 0), message, List.of(), Set.of(), List.of());
    }
}
