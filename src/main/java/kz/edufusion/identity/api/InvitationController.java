package kz.edufusion.identity.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.InvitationView;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.InvitationService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff invitations. The invitation link goes to the invitee by e-mail only; the API never returns its secret,
 * so the inviter cannot accept it in the invitee's place.
 */
@RestController
@Tag(name = ApiTags.INVITATIONS, description = ApiTags.INVITATIONS_DESCRIPTION)
class InvitationController {

    private final InvitationService invitations;

    InvitationController(InvitationService invitations) {
        this.invitations = invitations;
    }

    record InvitationRequest(
            @NotBlank(message = "{api.validation.required}") @Email(message = "{api.validation.email}")
            @Size(max = 254, message = "{api.validation.size}") String email,
            @NotNull(message = "{api.validation.required}") Role role,
            @Schema(description = "Language of the invitation e-mail; Kazakh when omitted", allowableValues = {"kk", "ru", "en"})
            @Pattern(regexp = "kk|ru|en", message = "{api.validation.language}") String language) {
    }

    @PostMapping("/api/v1/organizations/{id}/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Invite an e-mail address into the organization in a role the caller may hand out",
            description = "Allowed for administrators and for coordinators and company representatives of that organization.")
    InvitationView invite(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @Valid @RequestBody InvitationRequest body) {
        // Checked before the organization is even looked up, so a refusal says nothing about whether it exists
        if (!InvitationService.mayInvite(user, id, body.role())) {
            throw new AccessDeniedException("not allowed to invite " + body.role() + " into " + id);
        }
        String token = invitations.invite(user, new InvitationService.NewInvitation(id, body.role(), body.email(), body.language()));
        return invitations.findOpen(token).orElseThrow();
    }
}
