package kz.edufusion.academy.records;

import kz.edufusion.academy.AssignmentGraded;
import kz.edufusion.academy.CourseCompleted;
import kz.edufusion.academy.LearnerEnrolled;
import kz.edufusion.academy.LessonCompleted;
import kz.edufusion.academy.LessonOpened;
import kz.edufusion.academy.QuizAttemptGraded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes a statement for every learning event, synchronously and inside the transaction that publishes it (as
 * {@code CourseCredentials} issues a credential on {@link CourseCompleted}): an event whose transaction commits
 * always has its statement, and one that rolls back has none, with no queue in between that could lose or replay
 * it. A publisher outside a transaction gets one for the statement ({@code REQUIRED}). Statement ids come from the
 * event, so an event delivered twice stores one statement.
 */
@Component
class LearningRecorder {

    private final StatementFactory statements;
    private final StatementStore store;

    LearningRecorder(StatementFactory statements, StatementStore store) {
        this.statements = statements;
        this.store = store;
    }

    @EventListener
    @Transactional
    void on(LearnerEnrolled event) {
        store.insert(statements.registered(event));
    }

    @EventListener
    @Transactional
    void on(LessonOpened event) {
        store.insert(statements.experienced(event));
    }

    @EventListener
    @Transactional
    void on(LessonCompleted event) {
        store.insert(statements.lessonCompleted(event));
    }

    @EventListener
    @Transactional
    void on(CourseCompleted event) {
        store.insert(statements.courseCompleted(event));
    }

    @EventListener
    @Transactional
    void on(QuizAttemptGraded event) {
        statements.attempt(event).forEach(store::insert);
    }

    @EventListener
    @Transactional
    void on(AssignmentGraded event) {
        store.insert(statements.assignment(event));
    }
}
