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
                    "EduFusion platform operator"), "EduFusion", "ASTANA", "P", null),
            university("Әл-Фараби атындағы Қазақ ұлттық университеті", "Казахский национальный университет имени аль-Фараби",
                    "Al-Farabi Kazakh National University", "KazNU", "ALMATY", "https://www.kaznu.kz"),
            university("Қ.И. Сәтбаев атындағы Қазақ ұлттық техникалық зерттеу университеті",
                    "Казахский национальный исследовательский технический университет имени К.И. Сатпаева",
                    "Satbayev University", "Satbayev University", "ALMATY", "https://satbayev.university"),
            university("С. Сейфуллин атындағы Қазақ агротехникалық зерттеу университеті",
                    "Казахский агротехнический исследовательский университет имени С. Сейфуллина",
                    "S. Seifullin Kazakh Agrotechnical Research University", "KATU", "ASTANA", "https://kazatu.edu.kz"),
            university("Д. Серікбаев атындағы Шығыс Қазақстан техникалық университеті",
                    "Восточно-Казахстанский технический университет имени Д. Серикбаева",
                    "D. Serikbayev East Kazakhstan Technical University", "EKTU", "EAST_KAZAKHSTAN", "https://www.ektu.kz"),
            university("Академик Е.А. Бөкетов атындағы Қарағанды университеті", "Карагандинский университет имени академика Е.А. Букетова",
                    "Buketov Karaganda University", "Buketov University", "KARAGANDA", "https://buketov.edu.kz"),
            university("Қазақ ұлттық аграрлық зерттеу университеті", "Казахский национальный аграрный исследовательский университет",
                    "Kazakh National Agrarian Research University", "KazNARU", "ALMATY", "https://www.kaznaru.edu.kz"),
            university("Порту политехникалық институты", "Политехнический институт Порту", "Polytechnic of Porto", "IPP", null,
                    "https://www.ipp.pt"),
            university("Виго университеті", "Университет Виго", "University of Vigo", "UVIGO", null, "https://www.uvigo.gal"),
            new DemoOrganization(QA_AGENCY, ACTIVE, LocalizedText.of("Тәуелсіз аккредиттеу және рейтинг агенттігі",
                    "Независимое агентство аккредитации и рейтинга", "Independent Agency for Accreditation and Rating"),
                    "IAAR", "ASTANA", "M", "https://iaar.kz"),
            new DemoOrganization(MINISTRY, ACTIVE, LocalizedText.of("Қазақстан Республикасы Ғылым және жоғары білім министрлігі",
                    "Министерство науки и высшего образования Республики Казахстан",
                    "Ministry of Science and Higher Education of the Republic of Kazakhstan"), "MSHE", "ASTANA", "O",
                    "https://www.gov.kz/memleket/entities/sci"),
            company("Kcell", "ALMATY", "J", "https://www.kcell.kz"),
            company("Halyk Bank", "ALMATY", "K", "https://halykbank.kz"),
            company("Beeline Kazakhstan", "ALMATY", "J", "https://beeline.kz"),
            company("EPAM Kazakhstan", "ALMATY", "J", "https://www.epam.com"),
            company("Itransition", "ASTANA", "J", "https://www.itransition.com"),
            company("Kazdream", "ASTANA", "J", "https://kazdream.kz"),
            company("Documentolog", "ASTANA", "J", "https://documentolog.com"),
            company("Qarmet", "KARAGANDA", "C", "https://qarmet.kz"),
            company("Kazakhmys", "ULYTAU", "B", "https://www.kazakhmys.kz"),
            company("Tengizchevroil", "ATYRAU", "B", "https://www.tengizchevroil.com"),
            company("Pavlodar Petrochemical Plant", "PAVLODAR", "C", null),
            company("KazAzot", "MANGYSTAU", "C", "https://kazazot.kz"),
            company("Kostanay Agro Holding", "KOSTANAY", "A", null),
            new DemoOrganization(COMPANY, PENDING, LocalizedText.of(null, null, "Shymkent AgroTech"), "Shymkent AgroTech",
                    "SHYMKENT", "A", null));

    private DemoOrganizations() {
    }

    private static DemoOrganization university(String kk, String ru, String en, String shortName, String region, String website) {
        return new DemoOrganization(UNIVERSITY, ACTIVE, LocalizedText.of(kk, ru, en), shortName, region, "P", website);
    }

    private static DemoOrganization company(String name, String region, String oked, String website) {
        return new DemoOrganization(COMPANY, ACTIVE, LocalizedText.of(name, name, name), name, region, oked, website);
    }
}
