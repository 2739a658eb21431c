package kz.edufusion.placements.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Role;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Student profiles: a student starts their own (self-declared), the coordinator of their university checks and
 * keeps it (and alone sets the equity flags); the student keeps their skill list.
 */
@Service
@Transactional
public class StudentProfiles {

    private final StudentProfileStore store;
    private final ReferenceData reference;
    private final SkillTaxonomy taxonomy;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    StudentProfiles(StudentProfileStore store, ReferenceData reference, SkillTaxonomy taxonomy, IdentityDirectory directory,
            AuditLog audit) {
        this.store = store;
        this.reference = reference;
        this.taxonomy = taxonomy;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Optional<StudentProfile> mine(CurrentUser user) {
        return store.find(user.personId());
    }

    /** A profile the coordinator may see: only of their own university's students. */
    @Transactional(readOnly = true)
    public StudentProfile ofStudent(CurrentUser user, UUID personId) {
        return store.find(personId).filter(p -> PlacementAccess.coordinates(user, p.universityId()))
                .orElseThrow(PlacementAccess::hidden);
    }

    @Transactional(readOnly = true)
    public List<StudentProfile> ofMyUniversities(CurrentUser user) {
        return store.ofUniversities(PlacementAccess.universities(user));
    }

    /** The student's own edit: allowed until their coordinator has checked the profile; flags stay as they were. */
    public StudentProfile saveMine(CurrentUser user, ProfileCommand command) {
        UUID university = PlacementAccess.requireStudent(user);
        Optional<StudentProfile> existing = store.find(user.personId());
        if (existing.filter(StudentProfile::checkedByCoordinator).isPresent()) {
            throw DomainProblem.conflict("placements.problem.profileChecked");
        }
        PlacementInputRejected.throwIfAny(command.problems(reference));
        StudentProfile saved = new StudentProfile(user.personId(), university, command.programCode(), command.fieldCode(),
                command.yearOfStudy(), command.regionCode(), existing.map(StudentProfile::remoteRegion).orElse(false),
                existing.map(StudentProfile::targetedGrant).orElse(false), existing.map(StudentProfile::gender).orElse(null),
                user.personId(), existing.map(StudentProfile::skillUris).orElse(List.of()));
        store.save(saved);
        audit.record("placements.profile.saved", "student_profile", user.personId(), "by the student");
        return saved;
    }

    /** The coordinator's edit, also for a student of their university who has no profile yet. */
    public StudentProfile saveFor(CurrentUser user, UUID personId, ProfileCommand command) {
        UUID university = store.find(personId).map(StudentProfile::universityId)
                .or(() -> studyPlace(personId))
                .filter(u -> PlacementAccess.coordinates(user, u))
                .orElseThrow(PlacementAccess::hidden);
        PlacementInputRejected.throwIfAny(command.problems(reference));
        List<String> skills = store.find(personId).map(StudentProfile::skillUris).orElse(List.of());
        StudentProfile saved = new StudentProfile(personId, university, command.programCode(), command.fieldCode(),
                command.yearOfStudy(), command.regionCode(), command.remoteRegion(), command.targetedGrant(),
                command.gender(), user.personId(), skills);
        store.save(saved);
        audit.record("placements.profile.saved", "student_profile", personId, "by a coordinator");
        return saved;
    }

    public void addSkill(CurrentUser user, String uriOrId) {
        StudentProfile profile = store.find(user.personId()).orElseThrow(PlacementAccess::hidden);
        String uri = taxonomy.findById(uriOrId).map(s -> s.uri())
                .orElseThrow(() -> DomainProblem.invalidField("skill", "placements.validation.skill"));
        store.addSkill(profile.personId(), uri);
    }

    public void removeSkill(CurrentUser user, String uri) {
        store.removeSkill(user.personId(), uri);
    }

    private Optional<UUID> studyPlace(UUID personId) {
        return directory.person(personId).flatMap(p -> p.memberships().stream()
                .filter(m -> m.effective() && m.role() == Role.STUDENT).map(m -> m.organizationId()).findFirst());
    }
}
