package kz.edufusion.credentials;

import java.util.List;
import java.util.Map;

/**
 * The answer of the verifier: valid only when every check passed. Each check says what was checked, whether it
 * passed (or was not reached because an earlier check failed) and, when it failed, why, as a message key with its
 * arguments for pages and the API to say in the reader's language. {@code credential} is the decoded payload when
 * the input was a readable JWT (whether or not it verified), else empty.
 */
public record VerificationResult(boolean valid, String credentialId, List<Check> checks, Map<String, Object> credential) {

    public VerificationResult {
        checks = List.copyOf(checks);
    }

    /** The first failed check, the reason to show first. */
    public java.util.Optional<Check> failure() {
        return checks.stream().filter(c -> c.outcome() == Outcome.FAILED).findFirst();
    }

    public enum CheckName { FORMAT, ISSUER, KEY, SIGNATURE, VALIDITY, STATUS }

    public enum Outcome { PASSED, FAILED, NOT_CHECKED }

    /**
     * Why a check failed: {@code MALFORMED} (not a compact JWS with a JSON credential), {@code UNKNOWN_ISSUER},
     * {@code UNKNOWN_KEY} (no such kid in the issuer's JWKS), {@code BAD_SIGNATURE} (the content was changed after
     * signing, or another key signed it), {@code NOT_YET_VALID}, {@code EXPIRED}, {@code REVOKED}.
     */
    public enum Reason { MALFORMED, UNSUPPORTED_ALGORITHM, UNKNOWN_ISSUER, UNKNOWN_KEY, BAD_SIGNATURE, NOT_YET_VALID, EXPIRED, REVOKED }

    public record Check(CheckName name, Outcome outcome, Reason reason, List<Object> arguments) {

        public Check {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public static Check passed(CheckName name, Object... arguments) {
            return new Check(name, Outcome.PASSED, null, List.of(arguments));
        }

        public static Check failed(CheckName name, Reason reason, Object... arguments) {
            return new Check(name, Outcome.FAILED, reason, List.of(arguments));
        }

        public static Check notChecked(CheckName name) {
            return new Check(name, Outcome.NOT_CHECKED, null, List.of());
        }

        /** The message key: {@code credentials.check.<name>.passed}, {@code credentials.reason.<reason>} or not checked. */
        public String messageKey() {
            return switch (outcome) {
                case PASSED -> "credentials.check." + name.name().toLowerCase(java.util.Locale.ROOT) + ".passed";
                case FAILED -> "credentials.reason." + reason.name().toLowerCase(java.util.Locale.ROOT);
                case NOT_CHECKED -> "credentials.check.notChecked";
            };
        }

        public String nameKey() {
            return "credentials.check." + name.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
