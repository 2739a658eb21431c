package kz.edufusion.academy.analytics;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which courses count as STEM for the "+30% female participation in STEM" target: a course whose published version
 * carries at least one of these tags (compared in lower case). Tags, not the level, because level says how hard a
 * course is, not what it teaches; the tags are the owner's own words for the subject, already shown in the catalog.
 * The list covers the STEM subjects in the three teaching languages' usual English tags; entrepreneurship, arts and
 * climate policy are the "E" and "A" of STEAM and do not count, unless the course also carries a STEM tag.
 */
public final class StemCourses {

    public static final Set<String> TAGS = Set.of("stem", "science", "technology", "engineering", "mathematics", "math",
            "maths", "statistics", "physics", "chemistry", "biology", "programming", "python", "data", "computer-science",
            "ai", "robotics", "energy", "electronics", "it");

    private StemCourses() {
    }

    public static boolean stem(List<String> tags) {
        return tags.stream().map(t -> t.toLowerCase(Locale.ROOT).trim()).anyMatch(TAGS::contains);
    }
}
