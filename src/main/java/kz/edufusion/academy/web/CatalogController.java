package kz.edufusion.academy.web;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.accreditation.AccreditationMarks;
import kz.edufusion.academy.domain.Catalog;
import kz.edufusion.academy.domain.CatalogFilter;
import kz.edufusion.academy.domain.CourseCredentials;
import kz.edufusion.academy.domain.CoursePage;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.QuizTaking;
import kz.edufusion.common.PageQuery;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The public catalog and course pages (visitors may read them; enrolling needs a sign-in), enrollment, moving to a
 * newer version, and the learner's "My learning" page.
 */
@Controller
class CatalogController {

    private final Catalog catalog;
    private final Learning learning;
    private final CourseCredentials credentials;
    private final QuizTaking quizzes;
    private final Delivery delivery;
    private final AccreditationMarks accreditations;
    private final CourseSections sections;

    CatalogController(Catalog catalog, Learning learning, CourseCredentials credentials, QuizTaking quizzes, Delivery delivery,
            AccreditationMarks accreditations, CourseSections sections) {
        this.accreditations = accreditations;
        this.catalog = catalog;
        this.sections = sections;
        this.learning = learning;
        this.credentials = credentials;
        this.quizzes = quizzes;
        this.delivery = delivery;
    }

    @GetMapping("/academy")
    String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) String level,
            @RequestParam(required = false) String format, @RequestParam(required = false) String language,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String skill,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) boolean accredited, Model model) {
        CatalogFilter filter = new CatalogFilter(q, constant(CourseLevel.class, level), constant(CourseFormat.class, format),
                language, tag, skill, accredited);
        model.addAttribute("filter", filter);
        var results = catalog.search(filter, PageQuery.of(page, PageQuery.DEFAULT_SIZE));
        model.addAttribute("results", results);
        model.addAttribute("accreditations", accreditations.of(results.items().stream().map(c -> c.version().courseId()).toList()));
        model.addAttribute("choices", catalog.choices());
        return "academy/catalog";
    }

    @GetMapping("/academy/courses/{id}")
    String course(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        CoursePage page = catalog.course(user, id);
        model.addAttribute("page", page);
        // the sections that depend only on the version and the language, rendered once per published version
        model.addAttribute("sections", sections.of(page, locale));
        model.addAttribute("quizzes", quizzes.ofCourse(user, id));
        model.addAttribute("delivery", delivery.panel(user, id));
        // changes with the calendar, not with the version: never part of a per-version cache
        model.addAttribute("accreditation", accreditations.of(id).orElse(null));
        return "academy/course";
    }

    @PostMapping("/academy/courses/{id}/enroll")
    String enroll(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        learning.enroll(user, id);
        redirect.addFlashAttribute("flash", "academy.notice.enrolled");
        return "redirect:/academy/courses/" + id;
    }

    @PostMapping("/academy/courses/{id}/move")
    String move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        learning.moveToPublished(user, id);
        redirect.addFlashAttribute("flash", "academy.notice.moved");
        return "redirect:/academy/courses/" + id;
    }

    @GetMapping("/academy/my")
    String my(@AuthenticationPrincipal CurrentUser user, Model model) {
        var courses = learning.mine(user);
        model.addAttribute("courses", courses);
        // the signed credential of each completed course, by enrollment
        model.addAttribute("credentials", courses.stream().filter(c -> c.enrollment().completed())
                .flatMap(c -> credentials.of(c.enrollment().id()).stream())
                .collect(java.util.stream.Collectors.toMap(IssuedCredential::sourceReference, IssuedCredential::verificationUrl)));
        return "academy/my";
    }

    /** A filter value that names no constant (an edited link) filters nothing rather than failing the page. */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
