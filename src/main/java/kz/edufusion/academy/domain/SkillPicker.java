package kz.edufusion.academy.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kz.edufusion.common.PageQuery;
import kz.edufusion.skills.SkillHit;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.stereotype.Component;

/**
 * The skill an outcome builds, named by its taxonomy URI (an ESCO URI or a custom one; a merged skill gives its
 * target) or by one of its labels in any language, compared without case. A label that only resembles one is not a
 * match: the author picks from the search instead.
 */
@Component
class SkillPicker {

    private final SkillTaxonomy taxonomy;

    SkillPicker(SkillTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Optional<SkillView> resolve(String skill, Locale locale) {
        String wanted = skill.strip();
        if (wanted.startsWith("http://") || wanted.startsWith("https://")) {
            return taxonomy.find(wanted);
        }
        return taxonomy.search(wanted, locale.getLanguage(), new PageQuery(0, 10)).items().stream()
                .filter(h -> names(h, wanted)).findFirst().flatMap(h -> taxonomy.find(h.uri()));
    }

    List<SkillHit> search(String q, Locale locale) {
        return q == null || q.isBlank() ? List.of() : taxonomy.search(q.strip(), locale.getLanguage(), new PageQuery(0, 10)).items();
    }

    private static boolean names(SkillHit hit, String wanted) {
        return wanted.equalsIgnoreCase(hit.matchedLabel()) || wanted.equalsIgnoreCase(hit.label().kk())
                || wanted.equalsIgnoreCase(hit.label().ru()) || wanted.equalsIgnoreCase(hit.label().en());
    }
}
