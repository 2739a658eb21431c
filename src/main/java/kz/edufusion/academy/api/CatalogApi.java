package kz.edufusion.academy.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.domain.Catalog;
import kz.edufusion.academy.domain.CatalogFilter;
import kz.edufusion.academy.domain.CourseCard;
import kz.edufusion.academy.domain.CoursePage;
import kz.edufusion.academy.domain.EnrollmentView;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.MyCourse;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The academy's catalog and the caller's own learning over REST (any signed-in person). Unpublished courses, drafts
 * and lessons of versions the caller does not follow answer 404 problem details, as ids that do not exist.
 */
@RestController
@RequestMapping("/api/v1/academy")
@Tag(name = "Academy", description = "Catalog of published courses, enrollment and progress")
class CatalogApi {

    private final Catalog catalog;
    private final Learning learning;

    CatalogApi(Catalog catalog, Learning learning) {
        this.catalog = catalog;
        this.learning = learning;
    }

    @GetMapping("/courses")
    @Operation(summary = "Published courses; q searches titles, summaries and tags in every language, skill is a taxonomy URI, accredited=true keeps courses accredited today")
    PageResponse<CourseCard> search(@RequestParam(required = false) String q, @RequestParam(required = false) CourseLevel level,
            @RequestParam(required = false) CourseFormat format, @RequestParam(required = false) String language,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String skill,
            @RequestParam(required = false) boolean accredited,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return catalog.search(new CatalogFilter(q, level, format, language, tag, skill, accredited), PageQuery.of(page, size));
    }

    @GetMapping("/courses/{id}")
    @Operation(summary = "A published course: the version the caller follows (or the published one), outline, outcomes, checklist")
    CoursePage course(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return catalog.course(user, id);
    }

    @PostMapping("/courses/{id}/enrollment")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enroll on the published version (again: the existing enrollment)")
    EnrollmentView enroll(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return learning.enroll(user, id);
    }

    @PostMapping("/courses/{id}/enrollment/move")
    @Operation(summary = "Move an unfinished enrollment to the published version; completed lessons follow")
    EnrollmentView move(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return learning.moveToPublished(user, id);
    }

    @GetMapping("/enrollments/mine")
    @Operation(summary = "The caller's enrollments with progress and the lesson to resume")
    List<MyCourse> mine(@AuthenticationPrincipal CurrentUser user) {
        return learning.mine(user);
    }

    @PostMapping("/lessons/{id}/completion")
    @Operation(summary = "Mark a lesson of the caller's version complete")
    EnrollmentView complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return learning.complete(user, id);
    }
}
