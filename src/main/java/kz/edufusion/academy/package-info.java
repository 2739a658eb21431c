/**
 * Academy: the Virtual STEAM &amp; Entrepreneurship Academy (VSEA). Courses with versions (a published version never
 * changes), modules and Markdown lessons rendered safely, learning outcomes mapped to skills of the taxonomy, the
 * gender-inclusive and climate-neutral checklists, enrollment (open, by approval, or in cohorts with caps, waiting
 * lists, semesters and live sessions) and progress per lesson. Other modules hear of
 * learning through the events of this package ({@link kz.edufusion.academy.CourseVersionPublished},
 * {@link kz.edufusion.academy.LearnerEnrolled}, {@link kz.edufusion.academy.LessonCompleted},
 * {@link kz.edufusion.academy.CourseCompleted}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "credentials", "identity", "notifications", "reference", "skills"})
package kz.edufusion.academy;
