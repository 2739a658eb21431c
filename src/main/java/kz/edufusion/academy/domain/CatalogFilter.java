package kz.edufusion.academy.domain;

import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;

/**
 * The catalog's filters; a null or blank one does not filter. {@code skill} is a taxonomy URI; {@code accredited}
 * keeps only courses accredited today (see {@link kz.edufusion.academy.accreditation.AccreditationMarks}).
 */
public record CatalogFilter(String q, CourseLevel level, CourseFormat format, String language, String tag, String skill,
        boolean accredited) {

    public CatalogFilter(String q, CourseLevel level, CourseFormat format, String language, String tag, String skill) {
        this(q, level, format, language, tag, skill, false);
    }

    public CatalogFilter {
        q = Texts.blank(q);
        language = Texts.blank(language);
        tag = tag == null || tag.isBlank() ? null : tag.strip().toLowerCase();
        skill = Texts.blank(skill);
    }
}
