package kz.edufusion.academy.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.academy.AcademyCourses;
import kz.edufusion.common.LocalizedText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link AcademyCourses} over the published versions' titles. */
@Component
class PublishedCourseDirectory implements AcademyCourses {

    private final VersionStore versions;

    PublishedCourseDirectory(VersionStore versions) {
        this.versions = versions;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, LocalizedText> publishedTitles(Collection<UUID> courseIds) {
        if (courseIds.isEmpty()) {
            return Map.of();
        }
        return byId(versions.publishedTitles(List.copyOf(courseIds)));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, LocalizedText> allPublished() {
        return byId(versions.publishedTitles(null));
    }

    private static Map<UUID, LocalizedText> byId(List<CourseTitle> titles) {
        Map<UUID, LocalizedText> map = new LinkedHashMap<>();
        titles.forEach(t -> map.put(t.courseId(), t.title()));
        return map;
    }
}
