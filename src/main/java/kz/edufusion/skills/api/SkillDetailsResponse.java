package kz.edufusion.skills.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.skills.SkillDetails;
import kz.edufusion.skills.SkillRef;

/** A skill with its labels per language (kk, ru, en), broader concept, related skills and collections. */
record SkillDetailsResponse(String uri, String label, String type, String source, String reuseLevel, String status,
        String description, String escoVersion, Map<String, List<Label>> labels, Ref broader, List<Ref> essential,
        List<Ref> optional, List<String> collections, List<String> mergedFrom) {

    record Label(String text, String kind, String origin) {
    }

    record Ref(String uri, String label) {

        static Ref of(SkillRef ref, String language) {
            return ref == null ? null : new Ref(ref.uri(), ref.label().in(language));
        }
    }

    static SkillDetailsResponse of(SkillDetails details, String language) {
        Map<String, List<Label>> labels = new LinkedHashMap<>();
        for (String lang : List.of("kk", "ru", "en")) {
            labels.put(lang, details.labelsIn(lang).stream().map(l -> new Label(l.text(), l.kind(), l.origin())).toList());
        }
        var skill = details.skill();
        return new SkillDetailsResponse(skill.uri(), skill.label().in(language), skill.type(), skill.source(),
                skill.reuseLevel(), skill.status(), skill.descriptionEn(), skill.escoVersion(), labels,
                Ref.of(details.broader(), language), details.essential().stream().map(r -> Ref.of(r, language)).toList(),
                details.optional().stream().map(r -> Ref.of(r, language)).toList(), details.collections(),
                details.mergedFrom());
    }
}
