package kz.edufusion.placements.agreements;

import kz.edufusion.placements.PlacementParty;

/**
 * A signature as the signer gives it: the party they sign for (may be left out when they are only one of the three),
 * their full name typed, their consent ticked; the edge adds the request's remote address and user agent (kept to
 * its first 500 characters).
 */
public record Signing(PlacementParty party, String fullName, boolean consent, String ipAddress, String userAgent) {

    static final int MAX_USER_AGENT = 500;

    public Signing {
        if (userAgent != null && userAgent.length() > MAX_USER_AGENT) {
            userAgent = userAgent.substring(0, MAX_USER_AGENT);
        }
    }
}
