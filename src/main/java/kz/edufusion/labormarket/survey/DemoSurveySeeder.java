package kz.edufusion.labormarket.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.labormarket.SurveyAnswer.Status;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.labormarket.survey.DemoSurveyAnswers.DemoAnswer;
import kz.edufusion.labormarket.survey.SurveyStore.StoredHiring;
import kz.edufusion.labormarket.survey.SurveyStore.StoredNeed;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo survey answers at every start of the demo profile, after the demo organizations: an answer that
 * is already there (or that a demo user gave) is left alone, so restarts change nothing. Skills or occupations the
 * taxonomy lacks are skipped rather than stored as dangling URIs.
 */
@Component
@Profile("demo")
@Order(30)
class DemoSurveySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSurveySeeder.class);

    private final SurveyStore store;
    private final IdentityDirectory directory;
    private final SkillTaxonomy taxonomy;
    private final ReferenceData reference;
    private final SurveyService surveys;
    private final TransactionTemplate transaction;

    DemoSurveySeeder(SurveyStore store, IdentityDirectory directory, SkillTaxonomy taxonomy, ReferenceData reference,
            SurveyService surveys, TransactionTemplate transaction) {
        this.store = store;
        this.directory = directory;
        this.taxonomy = taxonomy;
        this.reference = reference;
        this.surveys = surveys;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, OrganizationView> companies = directory.activeOrganizations(OrganizationType.COMPANY).stream()
                .filter(o -> o.shortName() != null)
                .collect(Collectors.toMap(OrganizationView::shortName, Function.identity(), (a, b) -> a));
        SurveyQuarter current = surveys.currentQuarter();
        int[] added = {0};
        transaction.executeWithoutResult(status -> {
            for (DemoAnswer answer : DemoSurveyAnswers.ALL) {
                OrganizationView company = companies.get(answer.company());
                SurveyQuarter quarter = answer.quartersBack() == 0 ? current : current.previous();
                if (company != null && store.find(quarter, company.id()).isEmpty()) {
                    store.save(quarter, company.id(), null, answer.submitted() ? Status.SUBMITTED : Status.DRAFT, null,
                            needs(answer.needs()), hires(answer.hires()));
                    added[0]++;
                }
            }
        });
        log.info("Demo survey answers: {} added for {} and {}", added[0], current, current.previous());
    }

    private List<StoredNeed> needs(String text) {
        List<StoredNeed> needs = new ArrayList<>();
        for (String item : text.split(" ")) {
            String[] p = item.split(":");
            String uri = DemoSurveyAnswers.ESCO_SKILL + DemoSurveyAnswers.SKILLS.get(p[0]);
            if (taxonomy.find(uri).isPresent()) {
                needs.add(new StoredNeed(uri, Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
        }
        return needs;
    }

    private List<StoredHiring> hires(String text) {
        List<StoredHiring> hires = new ArrayList<>();
        for (String item : text.split(" ")) {
            String[] at = item.split("@");
            String[] p = at[1].split(":");
            String uri = DemoSurveyAnswers.ESCO_OCCUPATION + DemoSurveyAnswers.OCCUPATIONS.get(at[0]);
            if (reference.occupationExists(uri) && reference.regionExists(p[0])) {
                hires.add(new StoredHiring(uri, p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2])));
            }
        }
        return hires;
    }
}
