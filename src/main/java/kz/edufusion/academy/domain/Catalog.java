package kz.edufusion.academy.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What everyone reads: the catalog of published courses and a course's page. An unpublished course, a draft version
 * and a version nobody follows are answered 404 to everyone but the owner, as an id that does not exist. A course
 * page is a fixed number of queries whatever the size of the course (version, outline with progress, outcomes,
 * prerequisites, checklist, enrollment).
 */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final CatalogQuery query;
    private final VersionStore versions;
    private final ContentStore content;
    private final EnrollmentStore enrollments;
    private final IdentityDirectory directory;

    Catalog(CatalogQuery query, VersionStore versions, ContentStore content, EnrollmentStore enrollments, IdentityDirectory directory) {
        this.query = query;
        this.versions = versions;
        this.content = content;
        this.enrollments = enrollments;
        this.directory = directory;
    }

    public PageResponse<CourseCard> search(CatalogFilter filter, PageQuery page) {
        CatalogQuery.Result result = query.search(filter, page);
        Map<UUID, LocalizedText> names = organizations(result.organizations().stream());
        List<CourseCard> cards = new java.util.ArrayList<>();
        for (int i = 0; i < result.versions().size(); i++) {
            cards.add(new CourseCard(result.versions().get(i), names.get(result.organizations().get(i))));
        }
        return PageResponse.of(cards, page, result.total());
    }

    public CatalogChoices choices() {
        return query.choices();
    }

    /** The course page; {@code user} is null for a visitor who has not signed in. */
    public CoursePage course(CurrentUser user, UUID courseId) {
        CourseRow course = versions.course(courseId).filter(CourseRow::published).orElseThrow(Ownership::hidden);
        VersionView published = versions.version(course.publishedVersionId()).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = user == null ? null : enrollments.of(user.personId(), courseId).orElse(null);
        VersionView shown = enrollment == null || enrollment.versionId().equals(published.id()) ? published
                : versions.version(enrollment.versionId()).orElseThrow();
        return new CoursePage(shown, published, content.outline(shown.id(), enrollment == null ? null : enrollment.id()),
                content.outcomes(shown.id()), versions.publishedTitles(shown.details().prerequisites()),
                Checklist.of(content.checklist(shown.id())), organizations(Stream.of(course.organizationId())).get(course.organizationId()),
                enrollment, Ownership.owns(user, course));
    }

    private Map<UUID, LocalizedText> organizations(Stream<UUID> ids) {
        Map<UUID, LocalizedText> names = new HashMap<>();
        ids.collect(Collectors.toSet()).forEach(id -> names.put(id, directory.organization(id).map(OrganizationView::name)
                .orElse(LocalizedText.of(null, null, null))));
        return names;
    }
}
