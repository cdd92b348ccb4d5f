package dev.ixls.analysis;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The last line of defence for keys: masks every known secret in text that leaves the engine,
 * whatever a rule's message accidentally quoted.
 */
public final class SecretRedactor {

    public static final String MASK = "********";

    private final List<String> secrets;

    public SecretRedactor(Collection<String> secrets) {
        // Longest first, so a key that contains a shorter one is masked whole.
        this.secrets = secrets.stream().filter(s -> s != null && !s.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (secret.length() >= 4) {
                out = out.replace(secret, MASK);
            } else {
                out = replaceWholeTokens(out, secret);
            }
        }
        return out;
    }

    private static String replaceWholeTokens(String text, String secret) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (true) {
            int at = text.indexOf(secret, i);
            if (at < 0) {
                sb.append(text, i, text.length());
                return sb.toString();
            }
            int end = at + secret.length();
            boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            sb.append(text, i, at).append(startOk && endOk ? MASK : secret);
            i = end;
        }
    }
}
