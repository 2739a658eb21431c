package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;

/** The demo offers (paid and unpaid, several types and regions) and student profiles. */
final class DemoPlacements {

    record DemoOffer(String company, OfferType type, Selection selection, LocalizedText title, LocalizedText description,
            List<String> skills, List<String> fields, String region, String city, boolean remote, int seats, Integer stipend,
            String mentors) {
    }

    record DemoProfile(String login, String program, String field, int year, String region, boolean remote, String gender,
            List<String> skills) {
    }

    static final LocalDate STARTS = LocalDate.of(2027, 6, 1);
    static final LocalDate ENDS = LocalDate.of(2027, 8, 31);

    static final List<DemoOffer> OFFERS = List.of(
            new DemoOffer("Kcell", OfferType.INTERNSHIP, Selection.FIRST_COME,
                    LocalizedText.of("Java әзірлеушісі тағылымдамасы", "Стажировка Java-разработчика", "Java developer internship"),
                    LocalizedText.of("Java және SQL бойынша бэкенд қызметтерін әзірлеу, тәлімгермен бірге.",
                            "Разработка бэкенд-сервисов на Java и SQL вместе с наставником.",
                            "Building backend services in Java and SQL with a mentor."),
                    List.of("Java (computer programming)", "SQL"), List.of("06"), "KZ-75", "Алматы", false, 3, 150_000,
                    "Asel Kenzhebayeva"),
            new DemoOffer("Halyk Bank", OfferType.PRODUCTION, Selection.INTERVIEW,
                    LocalizedText.of("Деректер талдаушысы: өндірістік практика", "Аналитик данных: производственная практика",
                            "Data analyst: production practice"),
                    LocalizedText.of("Python мен SQL арқылы банк деректерін талдау.", "Анализ банковских данных на Python и SQL.",
                            "Analysing bank data with Python and SQL."),
                    List.of("Python (computer programming)", "SQL"), List.of("06", "04"), "KZ-75", "Алматы", false, 2, 120_000,
                    null),
            new DemoOffer("EPAM Kazakhstan", OfferType.DUAL, Selection.INTERVIEW,
                    LocalizedText.of("Қашықтан тестілеу инженері (дуалды оқыту)", "Удалённый инженер по тестированию (дуальное обучение)",
                            "Remote QA engineer (dual education)"),
                    LocalizedText.of(null, "Тестирование веб-приложений, автоматизация на Java.",
                            "Testing web applications, automation in Java."),
                    List.of("Java (computer programming)"), List.of(), "KZ-71", "Астана", true, 4, 90_000, null),
            new DemoOffer("Qarmet", OfferType.PRODUCTION, Selection.FIRST_COME,
                    LocalizedText.of("Металлургия өндірісіндегі практика", "Практика на металлургическом производстве",
                            "Practice at a steel plant"),
                    LocalizedText.of("Өндірістік процестермен танысу, еңбек қауіпсіздігі.",
                            "Знакомство с производственными процессами, охрана труда.",
                            "Production processes and occupational safety."),
                    List.of(), List.of("07"), "KZ-35", "Темиртау", false, 5, null, "Yerzhan Ospanov"),
            new DemoOffer("Kostanay Agro Holding", OfferType.EDUCATIONAL, Selection.FIRST_COME,
                    LocalizedText.of("Агрономиялық оқу практикасы", "Учебная практика по агрономии", "Educational practice in agronomy"),
                    LocalizedText.of("Егістік алқаптардағы маусымдық жұмыстар.", "Сезонные работы на полях.", "Seasonal field work."),
                    List.of(), List.of("08"), "KZ-39", "Костанай", false, 6, null, null),
            new DemoOffer("Shymkent AgroTech", OfferType.INTERNSHIP, Selection.FIRST_COME,
                    LocalizedText.of("Агротехника тағылымдамасы", "Стажировка по агротехнике", "Agritech internship"),
                    LocalizedText.of(null, "Компания ещё ожидает проверки.", "The company awaits approval."),
                    List.of(), List.of(), "KZ-79", "Шымкент", false, 2, 50_000, null));

    static final List<DemoProfile> PROFILES = List.of(
            new DemoProfile("student", "6B06101", "06", 3, "KZ-75", false, "MALE", List.of("Java (computer programming)", "SQL")),
            new DemoProfile("student5", "6B06102", "06", 2, "KZ-61", true, "MALE", List.of("Python (computer programming)")),
            new DemoProfile("student2", "6B07101", "07", 4, "KZ-75", false, "FEMALE", List.of()));

    private DemoPlacements() {
    }
}
