package kz.edufusion.labormarket.survey;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.reference.Occupation;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.reference.Region;
import kz.edufusion.skills.SkillHit;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * Turns what a representative typed into a skill or occupation URI (a URI, its last segment, an ESCO code, or an
 * exact label in any language: what the suggestion lists fill in) and URIs and codes into labels for display.
 */
@Component
class SurveyLookups {

    private static final PageQuery FEW = new PageQuery(0, 10);

    private final SkillTaxonomy taxonomy;
    private final ReferenceData reference;

    SurveyLookups(SkillTaxonomy taxonomy, ReferenceData reference) {
        this.taxonomy = taxonomy;
        this.reference = reference;
    }

    Optional<String> skillUri(String text, String language) {
        String typed = text.strip();
        Optional<SkillView> direct = taxonomy.findById(typed);
        if (direct.isPresent()) {
            return direct.map(SkillView::uri);
        }
        // search ranks exact label matches first, preferred labels and the user's language before others
        return taxonomy.search(typed, language, FEW).items().stream()
                .filter(hit -> typed.equalsIgnoreCase(hit.matchedLabel()))
                .map(SkillHit::uri).findFirst();
    }

    Optional<String> occupationUri(String text, String language) {
        String typed = text.strip();
        Optional<Occupation> direct = reference.occupation(typed);
        if (direct.isPresent()) {
            return direct.map(Occupation::uri);
        }
        return reference.occupations(typed, null, FEW).items().stream()
                .filter(o -> labels(o.label()).anyMatch(typed::equalsIgnoreCase)
                        || o.alternativeLabels().stream().anyMatch(typed::equalsIgnoreCase))
                .map(Occupation::uri).findFirst();
    }

    /** A memoizing label source for one request: results tables look the same skill up once. */
    Labels labels() {
        return new Labels();
    }

    final class Labels {

        private final Map<String, LocalizedText> skills = new HashMap<>();
        private final Map<String, LocalizedText> occupations = new HashMap<>();
        private final Map<String, LocalizedText> regions = new HashMap<>();

        LocalizedText skill(String uri) {
            return skills.computeIfAbsent(uri, u -> taxonomy.find(u).map(SkillView::label).orElse(same(u)));
        }

        LocalizedText occupation(String uri) {
            return occupations.computeIfAbsent(uri, u -> reference.occupation(u).map(Occupation::label).orElse(same(u)));
        }

        LocalizedText region(String code) {
            return code == null ? null : regions.computeIfAbsent(code, c -> reference.region(c).map(Region::name).orElse(same(c)));
        }
    }

    private static Stream<String> labels(LocalizedText text) {
        return Stream.of(text.kk(), text.ru(), text.en()).filter(s -> s != null && !s.isBlank())
                .map(s -> s.toLowerCase(Locale.ROOT)).map(String::strip);
    }

    private static LocalizedText same(String text) {
        return LocalizedText.of(text, text, text);
    }
}
