package kz.edufusion.credentials.domain;

import java.util.List;
import kz.edufusion.credentials.IssuedCredential;
import org.springframework.stereotype.Service;

/** The administrators' view of every issued credential (the pages and API check the role). */
@Service
public class CredentialAdministration {

    private final CredentialService credentials;

    CredentialAdministration(CredentialService credentials) {
        this.credentials = credentials;
    }

    public List<IssuedCredential> search(String text, int limit) {
        return credentials.search(text, Math.max(1, Math.min(limit, 500)));
    }
}
