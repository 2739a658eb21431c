package kz.edufusion.tdss.domain;

import java.time.ZoneOffset;
import kz.edufusion.academy.CourseCompleted;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * An educator who completes an academy course that is a TDSS PLATFORM_COURSE program has completed that program: a
 * CONFIRMED ACADEMY entry in the {@link TrainingLedger} (the course engine is the evidence). It runs in the completing
 * transaction, like the academy's own credential, so a completion that rolls back leaves no entry; the ledger keeps
 * a program once per person, so completing it again (or after a cohort) adds nothing. Only educators have a training
 * record: a student who takes the same course gets the academy's credential and nothing here.
 */
@Component
class AcademyTraining {

    private final TrainingPrograms programs;
    private final TrainingLedger ledger;
    private final IdentityDirectory directory;

    AcademyTraining(TrainingPrograms programs, TrainingLedger ledger, IdentityDirectory directory) {
        this.programs = programs;
        this.ledger = ledger;
        this.directory = directory;
    }

    @EventListener
    @Transactional
    void on(CourseCompleted completed) {
        boolean educator = directory.person(completed.learnerId()).stream()
                .flatMap(p -> p.memberships().stream()).anyMatch(m -> m.role() == Role.EDUCATOR);
        if (!educator) {
            return;
        }
        programs.ofAcademyCourse(completed.courseId()).ifPresent(p -> ledger.record(new TrainingLedger.Completion(
                completed.learnerId(), p.id(), p.title().en(), p.provider(), p.level(), p.hours(), "ACADEMY", "CONFIRMED",
                completed.at().atZone(ZoneOffset.UTC).toLocalDate())));
    }
}
