package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller as the API sees them: who they are, their language and their roles in organizations. */
@RestController
@Tag(name = ApiTags.ME, description = ApiTags.ME_DESCRIPTION)
class MeController {

    /** Answers from the principal: it was built from the database for this very request (the API is stateless). */
    @GetMapping("/api/v1/me")
    @Operation(summary = "The signed-in caller: profile, effective roles and memberships")
    MeResponse me(@AuthenticationPrincipal CurrentUser user) {
        return MeResponse.of(user);
    }
}
