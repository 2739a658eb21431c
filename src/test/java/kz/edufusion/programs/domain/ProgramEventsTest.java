package kz.edufusion.programs.domain;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.programs.ProgramSkillsChanged;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;

/** What the gap analysis reads changes: the event goes out; a refused change publishes nothing. */
class ProgramEventsTest {

    final UUID university = UUID.randomUUID();
    final ProgramStore store = mock(ProgramStore.class);
    final SkillLinkStore links = mock(SkillLinkStore.class);
    final ReferenceData reference = mock(ReferenceData.class);
    final IdentityDirectory directory = mock(IdentityDirectory.class);
    final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    final ProgramService service = new ProgramService(store, mock(ChildStore.class), new ProgramRules(reference),
            new ProgramAccess(), mock(SkillProposer.class), links, directory, mock(AuditLog.class), events);
    final SkillReviewService review = new SkillReviewService(service, mock(ChildStore.class), links,
            mock(SkillTaxonomy.class), mock(AuditLog.class), events);

    ProgramEventsTest() {
        when(reference.fieldOfEducationExists("06")).thenReturn(true);
        when(reference.regionExists("KZ-75")).thenReturn(true);
        when(directory.organization(university)).thenReturn(Optional.of(new OrganizationView(university,
                OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE, LocalizedText.of("U", "U", "U"), "U", null, "KZ-75",
                "P", null, null, Instant.now())));
    }

    CurrentUser coordinator(UUID of) {
        return new CurrentUser(UUID.randomUUID(), "c@x.kz", "C", "ru", "", true, null,
                List.of(new Membership(of, LocalizedText.of("U", "U", "U"), OrganizationType.UNIVERSITY,
                        OrganizationStatus.ACTIVE, Role.UNIVERSITY_COORDINATOR)));
    }

    @Test
    void creatingAndConfirmingPublishTheChange() {
        UUID id = UUID.randomUUID();
        when(store.upsert(any(), any(), any(), any())).thenReturn(id);
        service.create(coordinator(university), university, ProgramRulesTest.good());
        verify(events).publishEvent(new ProgramSkillsChanged(id));

        UUID program = UUID.randomUUID();
        UUID link = UUID.randomUUID();
        when(store.find(program)).thenReturn(Optional.of(view(program)));
        when(links.decide(any(), any(), any(), any(), any())).thenReturn(true);
        review.confirm(coordinator(university), program, link, SkillLevel.PRACTICED);
        verify(events).publishEvent(new ProgramSkillsChanged(program));
    }

    @Test
    void anotherUniversitysCoordinatorChangesNothing() {
        UUID program = UUID.randomUUID();
        when(store.find(program)).thenReturn(Optional.of(view(program)));
        assertThatThrownBy(() -> review.confirmAll(coordinator(UUID.randomUUID()), program, SkillLevel.MASTERED))
                .isInstanceOf(AccessDeniedException.class);
        verify(links, never()).decideAllProposed(any(), any(), any(), any());
        verify(events, never()).publishEvent(any(Object.class));
    }

    ProgramView view(UUID id) {
        return new ProgramView(id, university, "6B06101", kz.edufusion.programs.ProgramLevel.BACHELOR, 6, "06", "061", null,
                LocalizedText.of(null, null, "CS"), null, 240, List.of("en"), kz.edufusion.programs.ProgramType.EXISTING,
                null, null, null, "KZ-75", 0);
    }
}
