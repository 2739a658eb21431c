package kz.edufusion.labormarket.demand;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * Labels of the skills a result names, in all three languages, from the taxonomy. A URI the taxonomy no
 * longer knows keeps its last segment as label rather than disappearing from the counts.
 */
@Component
class SkillLabels {

    private final SkillTaxonomy taxonomy;

    SkillLabels(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Map<String, LocalizedText> of(Collection<String> uris) {
        Map<String, LocalizedText> labels = new HashMap<>();
        for (String uri : uris) {
            labels.computeIfAbsent(uri, this::label);
        }
        return labels;
    }

    LocalizedText label(String uri) {
        return taxonomy.find(uri).map(SkillView::label).orElseGet(() -> {
            String id = uri.substring(uri.lastIndexOf('/') + 1);
            return LocalizedText.of(id, id, id);
        });
    }
}
