package kz.edufusion.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public address of an invitation, the same one the e-mail carries. */
@Component
class InvitationLinks {

    private final String publicUrl;

    InvitationLinks(@Value("${edufusion.public-url}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    String link(String token) {
        return publicUrl + "/invitations/" + token;
    }
}
