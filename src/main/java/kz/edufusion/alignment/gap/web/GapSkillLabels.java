package kz.edufusion.alignment.gap.web;

import java.util.HashMap;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.stereotype.Component;

/** Labels of the skills a page shows, one lookup per skill per page (a skill the taxonomy lost shows its URI's end). */
@Component
class GapSkillLabels {

    private final SkillTaxonomy taxonomy;

    GapSkillLabels(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Labels forPage() {
        return new Labels();
    }

    final class Labels {

        private final Map<String, LocalizedText> cache = new HashMap<>();

        LocalizedText of(String uri) {
            return cache.computeIfAbsent(uri, u -> taxonomy.find(u).map(SkillView::label).orElseGet(() -> {
                String id = EvidenceLinks.skillId(u);
                return LocalizedText.of(id, id, id);
            }));
        }
    }
}
