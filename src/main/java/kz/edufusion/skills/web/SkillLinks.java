package kz.edufusion.skills.web;

/** Skills are addressed in page URLs by the last segment of their URI (an ESCO UUID or a custom slug). */
final class SkillLinks {

    private SkillLinks() {
    }

    static String id(String uri) {
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

}
