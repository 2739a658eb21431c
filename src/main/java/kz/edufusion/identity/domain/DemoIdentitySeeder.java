package kz.edufusion.identity.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo world: the EDUFUSION consortium (seed 000), a QA agency, the Ministry, companies across
 * regions and sectors (employers that publish real vacancies in Kazakhstan, plus industry), and one demo
 * login per role. Runs once: an existing demo administrator means the data is already there.
 */
@Component
@Profile("demo")
@Order(10)
@DependsOn("demoProfileGuard")
class DemoIdentitySeeder implements ApplicationRunner {

    static final String PASSWORD = "EduFusion2026";
    static final String DOMAIN = "@demo.edufusion.kz";

    private static final Logger log = LoggerFactory.getLogger(DemoIdentitySeeder.class);

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;

    DemoIdentitySeeder(OrganizationRepository organizations, PersonRepository people, PasswordEncoder passwords,
            TransactionTemplate transaction) {
        this.organizations = organizations;
        this.people = people;
        this.passwords = passwords;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (people.existsByEmail("admin" + DOMAIN)) {
            log.info("Demo data already present");
        } else {
            transaction.executeWithoutResult(status -> seed());
            log.info("Demo data created: {} organizations, {} people", organizations.count(), people.count());
        }
        logLogins();
    }

    private void seed() {
        Map<String, UUID> org = DemoOrganizations.ALL.stream()
                .map(o -> organizations.save(new Organization(o.type(), o.status(), o.name(), o.shortName(), null,
                        o.region(), o.oked(), o.website())))
                .collect(Collectors.toMap(Organization::shortName, Organization::id));
        String hash = passwords.encode(PASSWORD);
        for (DemoPerson p : DemoPerson.ALL) {
            Person person = new Person(p.login() + DOMAIN, p.name(), hash, p.language());
            p.roles().forEach((shortName, role) -> person.grant(org.get(shortName), role));
            people.save(person);
        }
    }

    private void logLogins() {
        String logins = DemoPerson.ALL.stream().filter(DemoPerson::listed)
                .map(p -> String.format("  %-32s %s", p.login() + DOMAIN, p.roles().values().iterator().next()))
                .collect(Collectors.joining("\n"));
        log.info("Demo logins (password for all: {}):\n{}", PASSWORD, logins);
    }

    record DemoOrganization(OrganizationType type, OrganizationStatus status, LocalizedText name, String shortName,
            String region, String oked, String website) {
    }

    record DemoPerson(String login, String name, String language, Map<String, Role> roles, boolean listed) {

        static final List<DemoPerson> ALL = List.of(
                new DemoPerson("admin", "Aigerim Sultanova", "en", Map.of("EduFusion", Role.PLATFORM_ADMIN), true),
                new DemoPerson("student", "Dias Nurlanov", "kk", Map.of("KazNU", Role.STUDENT), true),
                new DemoPerson("educator", "Saule Akhmetova", "ru", Map.of("Satbayev University", Role.EDUCATOR), true),
                new DemoPerson("coordinator", "Yerlan Bekov", "ru", Map.of("KazNU", Role.UNIVERSITY_COORDINATOR), true),
                new DemoPerson("tutor", "Gulnara Omarova", "kk", Map.of("KazNU", Role.ACADEMIC_TUTOR), true),
                new DemoPerson("company", "Timur Zhaksylykov", "ru", Map.of("Kcell", Role.COMPANY_REPRESENTATIVE), true),
                new DemoPerson("mentor", "Asel Kenzhebayeva", "ru", Map.of("Kcell", Role.COMPANY_MENTOR), true),
                new DemoPerson("reviewer", "Marat Iskakov", "en", Map.of("IAAR", Role.QA_REVIEWER), true),
                new DemoPerson("analyst", "Zhanar Tulegenova", "kk", Map.of("MSHE", Role.MINISTRY_ANALYST), true),
                new DemoPerson("pending", "Nurlan Sadykov", "ru", Map.of("Shymkent AgroTech", Role.COMPANY_REPRESENTATIVE), true),
                new DemoPerson("student2", "Aruzhan Seitkali", "kk", Map.of("Satbayev University", Role.STUDENT), false),
                new DemoPerson("student3", "Daniyar Abenov", "ru", Map.of("KATU", Role.STUDENT), false),
                new DemoPerson("student4", "Madina Zhumabekova", "kk", Map.of("EKTU", Role.STUDENT), false),
                new DemoPerson("student5", "Ilyas Karimov", "ru", Map.of("KazNU", Role.STUDENT), false),
                new DemoPerson("student6", "Tomiris Amanova", "kk", Map.of("Buketov University", Role.STUDENT), false),
                new DemoPerson("student7", "Alikhan Mukhametov", "ru", Map.of("KazNARU", Role.STUDENT), false),
                new DemoPerson("coordinator2", "Bakhyt Sarsenov", "ru", Map.of("Satbayev University", Role.UNIVERSITY_COORDINATOR), false),
                new DemoPerson("educator2", "Ainur Dzhakupova", "kk", Map.of("KazNU", Role.EDUCATOR), false),
                new DemoPerson("mentor2", "Yerzhan Ospanov", "ru", Map.of("Qarmet", Role.COMPANY_MENTOR), false),
                new DemoPerson("company2", "Olga Kim", "ru", Map.of("Halyk Bank", Role.COMPANY_REPRESENTATIVE), false));
    }
}
