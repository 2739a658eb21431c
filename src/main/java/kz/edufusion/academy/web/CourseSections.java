package kz.edufusion.academy.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.edufusion.academy.VersionStatus;
import kz.edufusion.academy.domain.AssignmentOutline;
import kz.edufusion.academy.domain.ChecklistItem;
import kz.edufusion.academy.domain.CoursePage;
import kz.edufusion.academy.domain.InclusionMark;
import kz.edufusion.academy.domain.LessonSummary;
import kz.edufusion.common.web.DetachedFragments;
import org.springframework.stereotype.Component;

/**
 * The learner-independent sections of a course page (facts and description, outcomes, outline, checklist), rendered
 * once per version, language and "lessons linked or not" and kept in a bounded LRU map. A published version never
 * changes (the services refuse it and the database triggers of academy V1/V6 forbid it), so an entry never goes stale;
 * a draft is rendered on every request and never kept. The load test showed template rendering at two thirds of a
 * course page's CPU (decision 0029). The reader's own parts - enrollment, progress, buttons and forms with their CSRF
 * token, quizzes, delivery, prerequisites' current titles, the organization's current name - stay in
 * academy/course.html, rendered per request; the reader's "completed" badges go into the outline's slots per request.
 */
@Component
class CourseSections {

    static final int MAX_ENTRIES = 512;
    private static final Pattern DONE_SLOT = Pattern.compile("<!--done:([0-9a-f\\-]{36})-->");
    private static final String TEMPLATE = "academy/course-sections";

    private final DetachedFragments fragments;
    private final AssignmentOutline assignments;
    private final Map<Key, Rendered> cache = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Rendered> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    CourseSections(DetachedFragments fragments, AssignmentOutline assignments) {
        this.fragments = fragments;
        this.assignments = assignments;
    }

    /** The sections of this page for its reader: the cached HTML with the reader's completed lessons marked. */
    Html of(CoursePage page, Locale locale) {
        // the same rule the page used before: learners of the course and its owner follow links to the lessons
        boolean linked = page.enrollment() != null || page.owner();
        Key key = new Key(page.version().id(), locale, linked);
        Rendered rendered = cache.get(key);
        if (rendered == null) {
            rendered = render(page, locale, linked);
            if (page.version().status() == VersionStatus.PUBLISHED) {
                cache.put(key, rendered);
            }
        }
        Set<UUID> done = page.modules().stream().flatMap(m -> m.lessons().stream()).filter(LessonSummary::completed)
                .map(LessonSummary::id).collect(Collectors.toSet());
        return new Html(rendered.intro(), rendered.outcomes(), rendered.outline(done), rendered.checklist());
    }

    int size() {
        return cache.size();
    }

    private Rendered render(CoursePage page, Locale locale, boolean linked) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("v", page.version());
        variables.put("outcomes", page.outcomes());
        variables.put("modules", page.modules());
        variables.put("assignments", assignments.of(page.version().id()));
        variables.put("linked", linked);
        variables.put("checklist", page.checklist());
        variables.put("marks", InclusionMark.values());
        variables.put("checklistItems", ChecklistItem.values());
        return new Rendered(fragment("intro", locale, variables), fragment("outcomes", locale, variables),
                Outline.of(fragment("outline", locale, variables), fragment("done", locale, variables)),
                fragment("checklist", locale, variables));
    }

    private String fragment(String name, Locale locale, Map<String, Object> variables) {
        return fragments.render(TEMPLATE, name, locale, variables);
    }

    /** What the page template writes unescaped: HTML rendered by Thymeleaf from escaped expressions only. */
    public record Html(String intro, String outcomes, String outline, String checklist) {
    }

    private record Key(UUID versionId, Locale locale, boolean linked) {
    }

    private record Rendered(String intro, String outcomes, Outline outline, String checklist) {

        String outline(Set<UUID> done) {
            return outline.with(done);
        }
    }

    /** The outline cut at its lessons' slots: parts.get(i) precedes the slot of lessons.get(i); one part more ends it. */
    private record Outline(List<String> parts, List<UUID> lessons, String badge) {

        static Outline of(String html, String badge) {
            List<String> parts = new ArrayList<>();
            List<UUID> lessons = new ArrayList<>();
            Matcher slot = DONE_SLOT.matcher(html);
            int from = 0;
            while (slot.find()) {
                parts.add(html.substring(from, slot.start()));
                lessons.add(UUID.fromString(slot.group(1)));
                from = slot.end();
            }
            parts.add(html.substring(from));
            return new Outline(List.copyOf(parts), List.copyOf(lessons), badge);
        }

        String with(Set<UUID> done) {
            StringBuilder html = new StringBuilder(parts.stream().mapToInt(String::length).sum() + done.size() * badge.length());
            for (int i = 0; i < lessons.size(); i++) {
                html.append(parts.get(i));
                if (done.contains(lessons.get(i))) {
                    html.append(badge);
                }
            }
            return html.append(parts.get(parts.size() - 1)).toString();
        }
    }
}
