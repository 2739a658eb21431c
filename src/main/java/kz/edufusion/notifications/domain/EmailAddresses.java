package kz.edufusion.notifications.domain;

import java.util.regex.Pattern;

/**
 * A deliberately simple address check: enough to refuse typos and header-injection attempts before a
 * message sits in the outbox, not a full RFC 5322 parser. International domains must be given in
 * their ASCII (punycode, {@code xn--}) form, which is what SMTP servers accept everywhere.
 */
final class EmailAddresses {

    private static final int MAX_LENGTH = 320;
    private static final int MAX_LOCAL_PART = 64;
    private static final Pattern LOCAL_PART = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    private static final Pattern DOMAIN = Pattern.compile("([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z0-9-]{2,63}");

    private EmailAddresses() {
    }

    static boolean isValid(String address) {
        if (address == null || address.length() > MAX_LENGTH) {
            return false;
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at > MAX_LOCAL_PART || at != address.indexOf('@')) {
            return false;
        }
        return LOCAL_PART.matcher(address.substring(0, at)).matches()
                && DOMAIN.matcher(address.substring(at + 1)).matches();
    }

    /** The address without surrounding blanks. */
    static String requireValid(String address) {
        String trimmed = address == null ? null : address.strip();
        if (!isValid(trimmed)) {
            throw new IllegalArgumentException("Not a valid e-mail address: " + address);
        }
        return trimmed;
    }
}
