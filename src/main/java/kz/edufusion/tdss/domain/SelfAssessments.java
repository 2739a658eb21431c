package kz.edufusion.tdss.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Educators rate themselves per competence; each sees only their own assessment (another's id does not exist for
 * them). Coordinators and administrators of an institution see only anonymized means of that institution, withheld
 * below {@link #MIN_GROUP} educators so that no one's ratings can be read out of a small group.
 */
@Service
public class SelfAssessments {

    public static final int MIN_GROUP = 5;

    private final Frameworks frameworks;
    private final AssessmentStore store;

    SelfAssessments(Frameworks frameworks, AssessmentStore store) {
        this.frameworks = frameworks;
        this.store = store;
    }

    /** Replaces the caller's ratings in the framework: competence code to level code; empty levels are left unrated. */
    @Transactional
    public ProfileView rate(CurrentUser user, String frameworkCode, Map<String, String> levels) {
        UUID organization = educatorOrganization(user);
        FrameworkView framework = frameworks.view(frameworkCode);
        Map<UUID, Integer> ratings = new HashMap<>();
        for (Map.Entry<String, String> e : levels.entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                continue;
            }
            ItemView competence = framework.competences().stream().filter(c -> c.code().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> DomainProblem.invalidField("ratings", "tdss.problem.competenceUnknown", e.getKey()));
            ItemView level = framework.levelByCode(e.getValue());
            if (level == null) {
                throw DomainProblem.invalidField("ratings", "tdss.problem.levelUnknown", e.getValue());
            }
            ratings.put(competence.id(), level.rank());
        }
        if (ratings.isEmpty()) {
            throw DomainProblem.invalidField("ratings", "tdss.problem.noRatings");
        }
        UUID id = store.save(user.personId(), organization, framework.id(), ratings);
        return profile(store.find(id).orElseThrow(), framework);
    }

    public ProfileView mine(CurrentUser user, String frameworkCode) {
        educatorOrganization(user);
        FrameworkView framework = frameworks.view(frameworkCode);
        return store.mine(user.personId(), framework.id()).map(a -> profile(a, framework))
                .orElseGet(() -> new ProfileView(null, framework.code(), null, competences(framework, Map.of())));
    }

    /** Someone's profile in a framework, for services that have checked the caller may see it (a plan's reviewer). */
    ProfileView profileOf(UUID personId, FrameworkView framework) {
        return store.mine(personId, framework.id()).map(a -> profile(a, framework))
                .orElseGet(() -> new ProfileView(null, framework.code(), null, competences(framework, Map.of())));
    }

    public ProfileView get(CurrentUser user, UUID id) {
        educatorOrganization(user);
        AssessmentStore.AssessmentRow row = store.find(id).filter(a -> a.personId().equals(user.personId()))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.assessmentNotFound"));
        FrameworkView framework = frameworks.all().stream().filter(f -> f.id().equals(row.frameworkId())).findFirst().orElseThrow();
        return profile(row, framework);
    }

    /** Institutions whose aggregates the user may see: where they are coordinator or administrator. */
    public List<UUID> managedOrganizations(CurrentUser user) {
        List<UUID> organizations = new ArrayList<>(user.organizationsWhere(Role.UNIVERSITY_COORDINATOR));
        user.organizationsWhere(Role.PLATFORM_ADMIN).stream().filter(o -> !organizations.contains(o)).forEach(organizations::add);
        return organizations;
    }

    public boolean isManager(CurrentUser user) {
        return !managedOrganizations(user).isEmpty();
    }

    public AggregateView aggregates(CurrentUser user, String frameworkCode, UUID organizationId) {
        if (!isManager(user)) {
            throw new AccessDeniedException("only coordinators and administrators see aggregates");
        }
        if (!user.actsFor(organizationId, Role.UNIVERSITY_COORDINATOR, Role.PLATFORM_ADMIN)) {
            throw DomainProblem.notFound("tdss.problem.organizationNotFound");
        }
        FrameworkView framework = frameworks.view(frameworkCode);
        int educators = store.educators(organizationId, framework.id());
        Map<UUID, AssessmentStore.ItemAggregate> byItem = new HashMap<>();
        store.aggregates(organizationId, framework.id()).forEach(a -> byItem.put(a.itemId(), a));
        List<AggregateView.CompetenceMean> means = new ArrayList<>();
        for (ItemView c : framework.competences()) {
            AssessmentStore.ItemAggregate a = byItem.get(c.id());
            int count = a == null ? 0 : a.educators();
            Double mean = count < MIN_GROUP ? null : Math.round(a.mean() * 100) / 100.0;
            means.add(new AggregateView.CompetenceMean(c.code(), c.title(), count, mean));
        }
        return new AggregateView(framework.code(), organizationId, educators, educators < MIN_GROUP, means);
    }

    private UUID educatorOrganization(CurrentUser user) {
        List<UUID> organizations = user.organizationsWhere(Role.EDUCATOR);
        if (organizations.isEmpty()) {
            throw new AccessDeniedException("self-assessment is for educators");
        }
        return organizations.get(0);
    }

    private ProfileView profile(AssessmentStore.AssessmentRow row, FrameworkView framework) {
        return new ProfileView(row.id(), framework.code(), row.updatedAt(), competences(framework, store.ratings(row.id())));
    }

    private List<CompetenceRating> competences(FrameworkView framework, Map<UUID, Integer> ratings) {
        Map<UUID, String> targets = frameworks.targets(framework, Role.EDUCATOR.name());
        List<CompetenceRating> result = new ArrayList<>();
        for (ItemView c : framework.competences()) {
            int rank = ratings.getOrDefault(c.id(), 0);
            ItemView target = targets.get(c.id()) == null ? null : framework.levelByCode(targets.get(c.id()));
            int targetRank = target == null ? 0 : target.rank();
            ItemView level = framework.level(rank);
            result.add(new CompetenceRating(c.code(), c.parentCode(), c.title(), rank, level == null ? null : level.code(),
                    targetRank, target == null ? null : target.code(), Math.max(0, targetRank - rank)));
        }
        return result;
    }
}
