package kz.edufusion.academy.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.PlatformTime;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which courses are accredited today: an APPROVED decision on the course's catalog version whose validity includes
 * today (Astana time). A new published version is not covered by the approval of an older one until it is reviewed
 * in turn. Read on every catalog and course page, never cached per version: it changes with the calendar.
 */
@Service
@Transactional(readOnly = true)
public class AccreditationMarks {

    private final AccreditationStore store;
    private final SubmissionViews views;
    private final Clock clock;

    AccreditationMarks(AccreditationStore store, SubmissionViews views, ObjectProvider<Clock> clock) {
        this.store = store;
        this.views = views;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Optional<AccreditationMark> of(UUID courseId) {
        return of(List.of(courseId)).values().stream().findFirst();
    }

    /** The marks of those of the courses that are accredited today, by course id. */
    public Map<UUID, AccreditationMark> of(Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return store.marks(List.copyOf(courseIds), today()).stream()
                .map(m -> new AccreditationMark(m.courseId(), m.versionId(), views.organization(m.agencyId()), m.validUntil()))
                .collect(Collectors.toMap(AccreditationMark::courseId, Function.identity()));
    }

    /** The accredited courses today against the target of 10 accredited online courses. */
    public AccreditationProgress progress() {
        return new AccreditationProgress(store.accreditedCourses(today()), AccreditationProgress.TARGET);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE);
    }
}
