package kz.edufusion.labormarket.survey;

import java.util.List;
import java.util.Map;

/**
 * Demo answers of the demo companies (identity's DemoOrganizations) for the current and the previous quarter, with
 * real ESCO skill and occupation URIs. Kcell has none for the current quarter: the demo walks through answering.
 * Needs are "SKILL:importance:horizon", hires "OCCUPATION@region:count:horizon".
 */
final class DemoSurveyAnswers {

    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";

    static final Map<String, String> SKILLS = Map.ofEntries(
            Map.entry("PYTHON", "ccd0a1d9-afda-43d9-b901-96344886e14d"), Map.entry("JAVA", "19a8293b-8e95-4de3-983f-77484079c389"),
            Map.entry("SQL", "598de5b0-5b58-4ea7-8058-a4bc4d18c742"), Map.entry("JS", "3cd569a2-4f88-4c1e-9995-8dce8c5e51a7"),
            Map.entry("DEVOPS", "f0de4973-0a70-4644-8fd4-3a97080476f4"), Map.entry("CLOUD", "bd14968e-e409-45af-b362-3495ed7b10e0"),
            Map.entry("CYBER", "8088750d-8388-4170-a76f-48354c469c44"), Map.entry("ML", "3a2d5b45-56e4-4f5a-a55a-4a4a65afdc43"),
            Map.entry("AGILE", "0a9acb6b-1139-4be9-b431-3a80a959f2f4"), Map.entry("TEAM", "60c78287-22eb-4103-9c8c-28deaa460da0"),
            Map.entry("ENGLISH", "6d3edede-8951-4621-a835-e04323300fa0"), Map.entry("INITIATIVE", "001115fb-569f-4ee6-8381-c6807ef2527f"),
            Map.entry("DATA", "2b92a5b2-6758-4ee3-9fb4-b6387a55cc8f"), Map.entry("HEALTH", "c4180af3-befd-4bd8-9a65-6a496f9d9f15"),
            Map.entry("PM", "cd5efa8c-e44d-4cbc-91c6-796018dbed68"));

    static final Map<String, String> OCCUPATIONS = Map.of(
            "DEVELOPER", "f2b15a0e-e65a-438a-affb-29b9d50b77d1", "ANALYST", "d3edb8f8-3a06-47a0-8fb9-9b212c006aa2",
            "NETWORK", "cf2b03cd-feb7-4f47-90f6-ff1ed6016d3d", "TELECOM", "02eb0ae6-ecdd-4602-9c8e-60ffe6dbe1e2",
            "BANKER", "5e4d156a-1f05-4b2c-b0f0-5abb82d52ed6", "PETROLEUM", "7569f423-2c37-49aa-947e-41acb66ec909",
            "WELDER", "7aedaa07-3884-4c5b-88f9-80997b2aa54b", "METALLURGIST", "bcf8f332-c7e1-4a08-8651-28d668290eaf",
            "ACCOUNTANT", "eda0d957-3c3c-4139-b89a-a18bc9e18897");

    /** quartersBack: 0 = the current quarter, 1 = the previous one. */
    record DemoAnswer(String company, int quartersBack, boolean submitted, String needs, String hires) {
    }

    static final List<DemoAnswer> ALL = List.of(
            new DemoAnswer("Halyk Bank", 0, true, "PYTHON:4:2 SQL:5:1 CYBER:5:1 DATA:4:2 ENGLISH:3:3",
                    "DEVELOPER@KZ-75:25:1 ANALYST@KZ-75:10:2 BANKER@KZ-71:15:1"),
            new DemoAnswer("Beeline Kazakhstan", 0, true, "PYTHON:3:2 JAVA:4:1 CLOUD:5:2 DEVOPS:4:1 TEAM:4:1",
                    "DEVELOPER@KZ-75:12:1 TELECOM@KZ-75:8:2 NETWORK@KZ-71:5:1"),
            new DemoAnswer("EPAM Kazakhstan", 0, true, "JAVA:5:1 JS:4:1 SQL:4:1 AGILE:4:2 ENGLISH:5:1 CLOUD:4:3",
                    "DEVELOPER@KZ-75:40:1 DEVELOPER@KZ-71:15:2"),
            new DemoAnswer("Itransition", 0, true, "JAVA:4:1 JS:5:1 SQL:3:2 TEAM:4:1 ENGLISH:4:1",
                    "DEVELOPER@KZ-71:20:1 ANALYST@KZ-71:4:1"),
            new DemoAnswer("Kazdream", 0, true, "PYTHON:5:1 ML:5:2 DATA:5:1 SQL:4:1 CYBER:3:2",
                    "ANALYST@KZ-71:6:1 DEVELOPER@KZ-71:8:2"),
            new DemoAnswer("Documentolog", 0, true, "JS:4:1 PYTHON:3:2 DEVOPS:3:2 INITIATIVE:4:1", "DEVELOPER@KZ-71:6:1"),
            new DemoAnswer("Qarmet", 0, true, "HEALTH:5:1 PM:4:2 DATA:3:3 TEAM:5:1", "METALLURGIST@KZ-35:20:2 WELDER@KZ-35:60:1"),
            new DemoAnswer("Tengizchevroil", 0, true, "HEALTH:5:1 PM:4:1 ENGLISH:5:1 DATA:3:2",
                    "PETROLEUM@KZ-23:15:2 WELDER@KZ-23:30:1"),
            new DemoAnswer("Kazakhmys", 0, false, "HEALTH:5:1 TEAM:4:1", "METALLURGIST@KZ-62:10:2"),
            new DemoAnswer("Kcell", 1, true, "PYTHON:4:1 CLOUD:4:2 CYBER:4:1 TEAM:3:1", "TELECOM@KZ-75:10:1 DEVELOPER@KZ-75:10:1"),
            new DemoAnswer("Halyk Bank", 1, true, "SQL:5:1 CYBER:4:1 DATA:4:1", "BANKER@KZ-75:20:1 ACCOUNTANT@KZ-71:5:1"),
            new DemoAnswer("Beeline Kazakhstan", 1, true, "JAVA:4:1 CLOUD:4:1 TEAM:4:1", "TELECOM@KZ-75:6:1"),
            new DemoAnswer("EPAM Kazakhstan", 1, true, "JAVA:5:1 JS:4:1 ENGLISH:5:1", "DEVELOPER@KZ-75:30:1"),
            new DemoAnswer("Kazdream", 1, true, "PYTHON:5:1 ML:4:2 DATA:4:1", "ANALYST@KZ-71:5:1"),
            new DemoAnswer("Qarmet", 1, true, "HEALTH:5:1 TEAM:4:1 PM:3:2", "WELDER@KZ-35:50:1"));

    private DemoSurveyAnswers() {
    }
}
