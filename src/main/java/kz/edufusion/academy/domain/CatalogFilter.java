package kz.edufusion.academy.domain;

import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;

/** The catalog's filters; a null or blank one does not filter. {@code skill} is a taxonomy URI. */
public record CatalogFilter(String q, CourseLevel level, CourseFormat format, String language, String tag, String skill) {

    public CatalogFilter {
        q = Texts.blank(q);
        language = Texts.blank(language);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase();
        skill = Texts.blank(skill);
    }
}
