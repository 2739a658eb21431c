package kz.edufusion.labormarket.imports;

import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.labormarket.normalize.CityRegions;
import kz.edufusion.labormarket.normalize.LanguageDetector;
import kz.edufusion.labormarket.normalize.NaceClassifier;
import kz.edufusion.labormarket.normalize.OccupationMatcher;
import kz.edufusion.labormarket.normalize.SalaryNormalizer;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.extraction.Language;
import org.springframework.stereotype.Component;

/** The application's normalizers, employer links, organization sections and skill engine as one {@link Normalizers}. */
@Component
class NormalizerBeans {

    private final Normalizers normalizers;

    NormalizerBeans(CityRegions regions, SalaryNormalizer salaries, LanguageDetector languages,
            OccupationMatcher occupations, NaceClassifier nace, EmployerLinks employers, IdentityDirectory identity,
            SkillExtractionService extraction) {
        this.normalizers = new Normalizers(regions, salaries, languages, occupations, nace, employers,
                id -> identity.organization(id).map(OrganizationView::okedSection),
                (text, tags) -> extraction.extract(text, Language.ANY, tags).skills());
    }

    Normalizers normalizers() {
        return normalizers;
    }
}
