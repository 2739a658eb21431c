package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.CourseCompleted;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;
import kz.edufusion.credentials.CredentialRequest;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner who completes a course gets an Open Badges 3.0 credential (achievement type {@code Course}) through
 * the {@code credentials} module. It listens to {@link CourseCompleted} in the completing transaction, not after
 * it: a completion that rolls back leaves no credential, and one that commits always has one. Issuing is
 * idempotent per enrollment, the source reference.
 */
@Component
public class CourseCredentials {

    static final String SOURCE = "academy";

    private final VersionStore versions;
    private final ContentStore content;
    private final IdentityDirectory directory;
    private final Credentials credentials;

    CourseCredentials(VersionStore versions, ContentStore content, IdentityDirectory directory, Credentials credentials) {
        this.versions = versions;
        this.content = content;
        this.directory = directory;
        this.credentials = credentials;
    }

    @EventListener
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
    void on(CourseCompleted completed) {
        VersionView version = versions.version(completed.versionId()).orElseThrow();
        String learner = directory.person(completed.learnerId()).map(PersonView::fullName).orElseThrow();
        credentials.issue(new CredentialRequest(completed.learnerId(), learner, achievement(version), completed.at(), null,
                SOURCE, completed.enrollmentId().toString()));
    }

    /** The credential of an enrollment, once its course is completed. */
    @Transactional(readOnly = true)
    public Optional<IssuedCredential> of(UUID enrollmentId) {
        return credentials.findBySource(SOURCE, enrollmentId.toString());
    }

    /**
     * One achievement per course version (a new version may teach other outcomes), in English for verifiers
     * abroad, aligned to the taxonomy skills of its learning outcomes.
     */
    private AchievementDefinition achievement(VersionView version) {
        CourseDetails d = version.details();
        String title = english(d.title());
        List<OutcomeView> outcomes = content.outcomes(version.id());
        List<Alignment> skills = outcomes.stream().filter(o -> o.skillUri() != null)
                .map(o -> new Alignment(english(o.skillLabel()), o.skillUri(), "ESCO", null)).distinct().toList();
        String summary = d.summary() == null ? "" : english(d.summary());
        String description = (summary.isBlank() ? title : summary) + " (" + d.hours() + " hours, " + d.ects().toPlainString()
                + " ECTS; EduFusion Virtual STEAM & Entrepreneurship Academy, version " + version.number() + ").";
        String criteria = "Completed every lesson of the course" + (outcomes.isEmpty() ? "." : ", working towards: "
                + String.join("; ", outcomes.stream().map(o -> english(o.text())).toList()) + ".");
        return new AchievementDefinition("academy.course." + version.courseId() + ".v" + version.number(), "Course", title,
                description, criteria, skills);
    }

    private static String english(LocalizedText text) {
        return text == null ? "" : text.in("en");
    }
}
