package kz.edufusion.identity.domain;

import static kz.edufusion.identity.OrganizationStatus.ACTIVE;
import static kz.edufusion.identity.OrganizationStatus.PENDING;
import static kz.edufusion.identity.OrganizationType.COMPANY;
import static kz.edufusion.identity.OrganizationType.MINISTRY;
import static kz.edufusion.identity.OrganizationType.OTHER;
import static kz.edufusion.identity.OrganizationType.QA_AGENCY;
import static kz.edufusion.identity.OrganizationType.UNIVERSITY;

import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.domain.DemoIdentitySeeder.DemoOrganization;

/** The demo organizations: the EDUFUSION consortium and partners, and companies in several regions and sectors. */
final class DemoOrganizations {

    static final List<DemoOrganization> ALL = List.of(
            new DemoOrganization(OTHER, ACTIVE, LocalizedText.of("EduFusion платформасының операторы", "Оператор платформы EduFusion",
                    "EduFusion platform operator"), "EduFusion", "KZ-71", "P", null),
            university("Әл-Фараби атындағы Қазақ ұлттық университеті", "Казахский национальный университет имени аль-Фараби",
                    "Al-Farabi Kazakh National University", "KazNU", "KZ-75", "https://www.kaznu.kz"),
            university("Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті",
                    "Казахский национальный исследовательский технический университет имени К.И. Сатпаева",
                    "Satbayev University", "Satbayev University", "KZ-75", "https://satbayev.university"),
            university("С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті",
                    "Казахский агротехнический исследовательский университет имени С. Сейфуллина",
                    "S. Seifullin Kazakh Agrotechnical Research University", "KATU", "KZ-71", "https://kazatu.edu.kz"),
            university("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті",
                    "Восточно-Казахстанский технический университет имени Д. Серикбаева",
                    "D. Serikbayev East Kazakhstan Technical University", "EKTU", "KZ-63", "https://www.ektu.kz"),
            university("Академик Е.А. Бөкетов атындағы Қарағанды университеті", "Карагандинский университет имени академика Е.А. Букетова",
                    "Buketov Karaganda University", "Buketov University", "KZ-35", "https://buketov.edu.kz"),
            university("Қазақ ұлттық аграрлық зерттеу университеті", "Казахский национальный аграрный исследовательский университет",
                    "Kazakh National Agrarian Research University", "KazNARU", "KZ-75", "https://www.kaznaru.edu.kz"),
            university("Порту политехникалық институты", "Политехнический институт Порту", "Polytechnic of Porto", "IPP", null,
                    "https://www.ipp.pt"),
            university("Виго университеті", "Университет Виго", "University of Vigo", "UVIGO", null, "https://www.uvigo.gal"),
            new DemoOrganization(QA_AGENCY, ACTIVE, LocalizedText.of("Тәуелсіз аккредиттеу және рейтинг агенттігі",
                    "Независимое агентство аккредитации и рейтинга", "Independent Agency for Accreditation and Rating"),
                    "IAAR", "KZ-71", "M", "https://iaar.kz"),
            new DemoOrganization(MINISTRY, ACTIVE, LocalizedText.of("Қазақстан Республикасы Ғылым және жоғары білім министрлігі",
                    "Министерство науки и высшего образования Республики Казахстан",
                    "Ministry of Science and Higher Education of the Republic of Kazakhstan"), "MSHE", "KZ-71", "O",
                    "https://www.gov.kz/memleket/entities/sci"),
            company("Kcell", "KZ-75", "J", "https://www.kcell.kz"),
            company("Halyk Bank", "KZ-75", "K", "https://halykbank.kz"),
            company("Beeline Kazakhstan", "KZ-75", "J", "https://beeline.kz"),
            company("EPAM Kazakhstan", "KZ-75", "J", "https://www.epam.com"),
            company("Itransition", "KZ-71", "J", "https://www.itransition.com"),
            company("Kazdream", "KZ-71", "J", "https://kazdream.kz"),
            company("Documentolog", "KZ-71", "J", "https://documentolog.com"),
            company("Qarmet", "KZ-35", "C", "https://qarmet.kz"),
            company("Kazakhmys", "KZ-62", "B", "https://www.kazakhmys.kz"),
            company("Tengizchevroil", "KZ-23", "B", "https://www.tengizchevroil.com"),
            company("Pavlodar Petrochemical Plant", "KZ-55", "C", null),
            company("KazAzot", "KZ-47", "C", "https://kazazot.kz"),
            company("Kostanay Agro Holding", "KZ-39", "A", null),
            new DemoOrganization(COMPANY, PENDING, LocalizedText.of(null, null, "Shymkent AgroTech"), "Shymkent AgroTech",
                    "KZ-79", "A", null));

    private DemoOrganizations() {
    }

    private static DemoOrganization university(String kk, String ru, String en, String shortName, String region, String website) {
        return new DemoOrganization(UNIVERSITY, ACTIVE, LocalizedText.of(kk, ru, en), shortName, region, "P", website);
    }

    private static DemoOrganization company(String name, String region, String oked, String website) {
        return new DemoOrganization(COMPANY, ACTIVE, LocalizedText.of(name, name, name), name, region, oked, website);
    }
}
