package kz.edufusion.academy.analytics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.academy.records.Activities;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.Role;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The academy's figures against the VSEA targets. Who sees what: a platform administrator and a ministry analyst
 * the whole academy (optionally one university), a university coordinator the learners of a university they
 * coordinate (403 for any other), a course's owner their own course (404 for any other). Every figure passes
 * {@link SmallGroups}: groups of fewer than five are hidden, on every page, the owner's included, because a
 * declared gender of a small group would otherwise point at a person.
 */
@Service
@Transactional(readOnly = true)
public class AcademyAnalytics {

    private final AnalyticsQueries queries;
    private final IdentityDirectory directory;
    private final ReferenceData reference;
    private final Activities activities;

    AcademyAnalytics(AnalyticsQueries queries, IdentityDirectory directory, ReferenceData reference, Activities activities) {
        this.queries = queries;
        this.directory = directory;
        this.reference = reference;
        this.activities = activities;
    }

    public static boolean mayReadAcademy(CurrentUser user) {
        return user.isAdmin() || user.has(Role.MINISTRY_ANALYST) || user.has(Role.UNIVERSITY_COORDINATOR);
    }

    /** The universities the user may narrow the academy page to (every active one for the academy-wide readers). */
    public List<OrganizationView> universities(CurrentUser user) {
        if (user.isAdmin() || user.has(Role.MINISTRY_ANALYST)) {
            return directory.activeOrganizations(kz.edufusion.identity.OrganizationType.UNIVERSITY);
        }
        return user.organizationsWhere(Role.UNIVERSITY_COORDINATOR).stream().map(directory::organization)
                .flatMap(Optional::stream).toList();
    }

    public AcademyOverview overview(CurrentUser user, UUID university, String semester) {
        UUID scoped = universityScope(user, university);
        List<SemesterRow> semesters = semesters(new AnalyticsQueries.Scope(scoped, null, null));
        AcademicSemester selected = selected(semester, semesters);
        var scope = new AnalyticsQueries.Scope(scoped, null, selected.code());
        List<GroupRow> regions = groups(scope, AnalyticsQueries.Grouping.REGION, key -> reference.region(key).map(Region::name));
        List<GroupRow> universities = groups(scope, AnalyticsQueries.Grouping.UNIVERSITY,
                key -> directory.organization(UUID.fromString(key)).map(OrganizationView::name));
        List<GroupRow> courses = courseGroups(scope);
        return new AcademyOverview(scoped, semesters, selected, regions, universities, courses);
    }

    public CourseFigures course(CurrentUser user, UUID courseId) {
        if (!queries.owns(user.personId(), courseId)) {
            throw DomainProblem.notFound("academy.problem.notFound");
        }
        var scope = new AnalyticsQueries.Scope(null, courseId, null);
        List<AnalyticsQueries.Counts> perSemester = queries.counts(scope, AnalyticsQueries.Grouping.SEMESTER);
        List<SemesterRow> semesters = semesters(perSemester);
        AnalyticsQueries.Counts all = total(perSemester);
        long[] quiz = queries.quizzes(scope, AnalyticsQueries.Grouping.ALL).getOrDefault("all", new long[2]);
        LocalizedText title = queries.courseTitles(List.of(courseId)).getOrDefault(courseId, LocalizedText.of(null, null, ""));
        return new CourseFigures(courseId, title, semesters, SmallGroups.count(all.enrollments()), SmallGroups.count(all.female()),
                SmallGroups.count(all.male()), SmallGroups.count(all.enrollments() - all.female() - all.male()),
                SmallGroups.rate(all.completed(), all.enrollments()), SmallGroups.rate(quiz[1], quiz[0]),
                lessons(courseId, all.enrollments()));
    }

    private UUID universityScope(CurrentUser user, UUID university) {
        if (user.isAdmin() || user.has(Role.MINISTRY_ANALYST)) {
            return university;
        }
        List<UUID> coordinated = user.organizationsWhere(Role.UNIVERSITY_COORDINATOR);
        if (coordinated.isEmpty() || (university != null && !coordinated.contains(university))) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academyAnalytics.problem.forbidden");
        }
        return university != null ? university : coordinated.get(0);
    }

    private List<SemesterRow> semesters(AnalyticsQueries.Scope scope) {
        return semesters(queries.counts(scope, AnalyticsQueries.Grouping.SEMESTER));
    }

    /** The course's totals are the sum of its semesters (one scan fewer than asking the database again). */
    private static AnalyticsQueries.Counts total(List<AnalyticsQueries.Counts> semesters) {
        long[] sum = new long[8];
        for (AnalyticsQueries.Counts c : semesters) {
            long[] values = {c.enrollments(), c.stem(), c.stemFemale(), c.stemDeclared(), c.female(), c.male(), c.remote(), c.completed()};
            for (int i = 0; i < sum.length; i++) {
                sum[i] += values[i];
            }
        }
        return new AnalyticsQueries.Counts("all", sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7]);
    }

    private static List<SemesterRow> semesters(List<AnalyticsQueries.Counts> counts) {
        Map<String, AnalyticsQueries.Counts> bySemester = counts.stream()
                .collect(Collectors.toMap(AnalyticsQueries.Counts::key, Function.identity()));
        List<SemesterRow> rows = new ArrayList<>();
        for (AnalyticsQueries.Counts c : bySemester.values().stream()
                .sorted(java.util.Comparator.comparing(AnalyticsQueries.Counts::key).reversed()).toList()) {
            AcademicSemester semester = AcademicSemester.parse(c.key());
            AnalyticsQueries.Counts before = bySemester.get(semester.previous().code());
            long previous = before == null ? 0 : before.enrollments();
            long previousFemale = before == null ? 0 : before.stemFemale();
            rows.add(new SemesterRow(semester, SmallGroups.count(c.enrollments()), SmallGroups.growth(c.enrollments(), previous),
                    SmallGroups.count(c.stem()), SmallGroups.count(c.stemFemale()), SmallGroups.growth(c.stemFemale(), previousFemale),
                    SmallGroups.rate(c.stemFemale(), c.stemDeclared()), SmallGroups.count(c.remote()),
                    SmallGroups.rate(c.completed(), c.enrollments())));
        }
        return rows;
    }

    private static AcademicSemester selected(String code, List<SemesterRow> semesters) {
        if (code != null && code.matches("[0-9]{4}-(AUTUMN|SPRING|SUMMER)")) {
            return AcademicSemester.parse(code);
        }
        return semesters.isEmpty() ? AcademicSemester.of(Instant.now()) : semesters.get(0).semester();
    }

    private List<GroupRow> groups(AnalyticsQueries.Scope scope, AnalyticsQueries.Grouping grouping,
            Function<String, Optional<LocalizedText>> label) {
        Map<String, long[]> quizzes = queries.quizzes(scope, grouping);
        return queries.counts(scope, grouping).stream().map(c -> row(c, c.key() == null ? null : label.apply(c.key()).orElse(null),
                        quizzes.get(c.key())))
                .sorted(java.util.Comparator.comparing((GroupRow r) -> r.enrollments() == null ? 0 : r.enrollments()).reversed())
                .toList();
    }

    private List<GroupRow> courseGroups(AnalyticsQueries.Scope scope) {
        List<AnalyticsQueries.Counts> counts = queries.counts(scope, AnalyticsQueries.Grouping.COURSE);
        Map<UUID, LocalizedText> titles = queries.courseTitles(counts.stream().map(c -> UUID.fromString(c.key())).toList());
        return groups(scope, AnalyticsQueries.Grouping.COURSE, key -> Optional.ofNullable(titles.get(UUID.fromString(key))));
    }

    private static GroupRow row(AnalyticsQueries.Counts c, LocalizedText label, long[] quiz) {
        long[] q = quiz == null ? new long[2] : quiz;
        return new GroupRow(c.key(), label, c.remote() > 0 && c.remote() == c.enrollments(), SmallGroups.count(c.enrollments()),
                SmallGroups.count(c.female()), SmallGroups.count(c.completed()), SmallGroups.rate(c.completed(), c.enrollments()),
                SmallGroups.rate(q[1], q[0]));
    }

    private List<LessonReach> lessons(UUID courseId, long enrolled) {
        Map<String, long[]> learners = queries.lessonLearners(courseId);
        List<LessonReach> rows = new ArrayList<>();
        int number = 1;
        for (Map.Entry<UUID, LocalizedText> lesson : queries.publishedLessons(courseId)) {
            String activity = activities.lesson(lesson.getKey());
            long[] counts = learners.getOrDefault(activity, new long[2]);
            rows.add(new LessonReach(number++, lesson.getValue(), SmallGroups.count(counts[0]), SmallGroups.count(counts[1]),
                    SmallGroups.rate(counts[0], enrolled)));
        }
        return rows;
    }
}
