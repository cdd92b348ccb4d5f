package dev.ixls.cli;

import dev.ixls.i18n.Language;
import dev.ixls.i18n.Messages;

/**
 * A command line that cannot be run as given (exit code 2); the message says what to change. It is
 * raised while the command line is read, before {@code --lang} is known: it holds a catalog key and
 * its arguments, and {@link Main} words it in the language the whole command line asks for.
 */
final class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient Object[] nameValuePairs;

    /** @param key a {@code cli.usage.*} key; {@code nameValuePairs} as for {@link Messages#get} */
    UsageException(String key, Object... nameValuePairs) {
        super(Messages.get(Language.EN, key, nameValuePairs));
        this.key = key;
        this.nameValuePairs = nameValuePairs.clone();
    }

    /** The message in {@code language}. */
    String message(Language language) {
        return Messages.get(language, key, nameValuePairs);
    }
}
