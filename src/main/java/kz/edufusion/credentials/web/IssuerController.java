package kz.edufusion.credentials.web;

import java.util.Map;
import java.util.UUID;
import kz.edufusion.credentials.domain.PublicDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The issuer's public documents, open to anyone without signing in: the Open Badges issuer Profile, the JWKS (at
 * its own path and the well-known one), the achievements and the Bitstring Status List credentials. Unknown ids
 * answer a bare 404.
 */
@Controller
class IssuerController {

    static final MediaType JWK_SET = MediaType.parseMediaType("application/jwk-set+json");
    static final MediaType VC_JWT = MediaType.parseMediaType("application/vc+jwt");

    private final PublicDocuments documents;

    IssuerController(PublicDocuments documents) {
        this.documents = documents;
    }

    @GetMapping(path = "/credentials/issuer", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @ResponseBody
    Map<String, Object> issuer() {
        return documents.issuerProfile();
    }

    @GetMapping({"/credentials/jwks.json", "/.well-known/jwks.json"})
    @ResponseBody
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().contentType(JWK_SET).cacheControl(CacheControl.noCache()).body(documents.jwks());
    }

    @GetMapping("/credentials/status/{listId}")
    @ResponseBody
    ResponseEntity<String> statusList(@PathVariable int listId) {
        return documents.statusListCredential(listId)
                .map(jwt -> ResponseEntity.ok().contentType(VC_JWT).cacheControl(CacheControl.noStore()).body(jwt))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @GetMapping(path = "/credentials/achievements/{id}", produces = {"application/ld+json", MediaType.APPLICATION_JSON_VALUE})
    @ResponseBody
    ResponseEntity<Map<String, Object>> achievement(@PathVariable UUID id) {
        return documents.achievement(id).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.notFound().build());
    }
}
