package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.tdss.domain.FrameworkCase;
import kz.edufusion.tdss.domain.FrameworkCsv;
import kz.edufusion.tdss.domain.FrameworkView;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.ImportReport;
import kz.edufusion.tdss.domain.ItemView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The shipped frameworks (DigCompEdu's 6 areas, 22 competences, 6 levels; titles in kk, ru and en), the CASE 1.0
 * round trip, CSV imports that keep good rows and report bad ones, and the admin-only import and export.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssFrameworksTest {

    @Autowired
    Frameworks frameworks;
    @Autowired
    FrameworkCsv csv;
    @Autowired
    FrameworkCase caseFormat;
    @Autowired
    ObjectMapper json;
    @Autowired
    MockMvc mvc;

    @Test
    void digCompEduHasSixAreasTwentyTwoCompetencesAndSixLevels() {
        FrameworkView f = frameworks.view("DIGCOMPEDU");
        assertThat(f.areas()).hasSize(6);
        assertThat(f.competences()).hasSize(22);
        assertThat(f.levels()).extracting(ItemView::code).containsExactly("A1", "A2", "B1", "B2", "C1", "C2");
        assertThat(f.competencesOf("2")).extracting(ItemView::code).containsExactly("2.1", "2.2", "2.3");
        assertThat(f.competencesOf("6")).hasSize(5);
        assertThat(f.competences().stream().filter(c -> c.code().equals("2.3")).findFirst().orElseThrow().title().en())
                .isEqualTo("Managing, protecting and sharing digital resources");
        assertThat(f.levelByCode("C2").title().en()).isEqualTo("Pioneer (C2)");
        assertThat(f.levelByCode("B1").description().ru()).isNotBlank();
    }

    @Test
    void everyShippedItemIsTitledInKazakhRussianAndEnglish() {
        for (String code : new String[] {"DIGCOMPEDU", "EDUFUSION"}) {
            FrameworkView f = frameworks.view(code);
            assertTrilingual(f.title());
            for (ItemView item : concat(f)) {
                assertTrilingual(item.title());
                assertThat(item.title().kk()).as(item.code()).isNotEqualTo(item.title().en());
            }
            f.levels().forEach(l -> assertTrilingual(l.description()));
        }
        assertThat(frameworks.view("EDUFUSION").areas()).extracting(ItemView::code).containsExactly("R", "P", "D", "M");
    }

    @Test
    void caseExportImportedAgainGivesTheSameFramework() throws Exception {
        String code = unique("RT");
        ImportReport made = csv.importFrom(csvOf(code, "A1,,LEVEL,Бастауыш,Начальный,Basic", "X,,AREA,Сала,Область,Area",
                "X.1,X,COMPETENCE,Құзырет,Компетенция,Competence", "X.2,X,COMPETENCE,Екінші,Вторая,Second"));
        assertThat(made.rejected()).isEmpty();
        String exported = json.writeValueAsString(caseFormat.export(code));

        // the same package under a new code and new identifiers is a new framework equal to the first
        String copyCode = unique("RT");
        String copy = renewIdentifiers(exported).replace("\"" + code + "\"", "\"" + copyCode + "\"");
        ImportReport imported = caseFormat.importFrom(json.readTree(copy));
        assertThat(imported.rejected()).isEmpty();
        assertThat(imported.accepted()).isEqualTo(5);
        assertThat(withoutTimes(json.readTree(json.writeValueAsString(caseFormat.export(copyCode)))))
                .isEqualTo(withoutTimes(json.readTree(copy)));

        // importing the export itself again changes nothing: identifiers stay stable
        assertThat(caseFormat.importFrom(json.readTree(exported)).rejected()).isEmpty();
        assertThat(withoutTimes(caseFormat.export(code))).isEqualTo(withoutTimes(json.readTree(exported)));
        JsonNode pkg = json.readTree(exported);
        assertThat(pkg.path("CFDocument").path("identifier").asText()).isEqualTo(frameworks.view(code).id().toString());
        assertThat(pkg.path("CFAssociations")).allMatch(a -> a.path("associationType").asText().equals("isChildOf"));
        assertThat(pkg.path("CFItems").get(2).path("extensions").path("edufusion").path("title").path("ru").asText())
                .isEqualTo("Компетенция");
    }

    @Test
    void csvImportKeepsGoodRowsAndReportsEveryBadOne() {
        String code = unique("CSV");
        ImportReport report = csv.importFrom(csvOf(code,
                "A1,,LEVEL,Бастауыш,Начальный,Basic",
                "X,,AREA,Сала,Область,Area",
                "X.1,X,COMPETENCE,Құзырет,Компетенция,Competence",
                "X.2,NOPE,COMPETENCE,Жетім,Сирота,Orphan",
                "X.3,X,COMPETENCE,,Без казахского,No Kazakh",
                "X.4,X,SKILL,Дағды,Навык,Skill",
                "X.1,X,COMPETENCE,Қайта,Повтор,Twice"));
        assertThat(report.accepted()).isEqualTo(4);
        assertThat(report.rejected()).hasSize(4);
        assertThat(report.rejected()).extracting(r -> r.where()).containsExactlyInAnyOrder("line 6", "line 7", "line 8", "line 9");
        assertThat(report.rejected().toString()).contains("parent NOPE is not an area", "kk, ru and en", "SKILL", "appears twice");
        assertThat(frameworks.view(code).competences()).extractingResultOf("code").containsExactly("X.1");
    }

    @Test
    void onlyAdministratorsImportAndExport() throws Exception {
        String code = unique("API");
        String body = new String(csvOf(code, "X,,AREA,Сала,Область,Area", "X.1,Y,COMPETENCE,Құзырет,Компетенция,Competence")
                .readAllBytes(), StandardCharsets.UTF_8);
        mvc.perform(post("/api/v1/admin/tdss/frameworks/import/csv").with(as("educator")).contentType("text/csv").content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/tdss/frameworks/import/csv").with(as("admin")).contentType("text/csv").content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2))
                .andExpect(jsonPath("$.rejected[0].where").value("line 4"));
        mvc.perform(get("/api/v1/admin/tdss/frameworks/DIGCOMPEDU/case").with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.CFItems.length()").value(34));
        mvc.perform(get("/api/v1/admin/tdss/frameworks/NOPE/case").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/tdss").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-framework=\"DIGCOMPEDU\"")));
        mvc.perform(get("/admin/tdss").with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/tdss/frameworks/EDUFUSION/items.csv").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("EDUFUSION,P.4,P,COMPETENCE")));
        MockMultipartFile file = new MockMultipartFile("file", "case.json", "application/json",
                json.writeValueAsBytes(caseFormat.export(code)));
        mvc.perform(multipart("/admin/tdss/import").file(file).with(as("admin")).with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-import-report")));
    }

    private static void assertTrilingual(LocalizedText text) {
        assertThat(text.kk()).isNotBlank();
        assertThat(text.ru()).isNotBlank();
        assertThat(text.en()).isNotBlank();
    }

    private static java.util.List<ItemView> concat(FrameworkView f) {
        java.util.List<ItemView> all = new java.util.ArrayList<>(f.levels());
        all.addAll(f.areas());
        all.addAll(f.competences());
        return all;
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ByteArrayInputStream csvOf(String code, String... rows) {
        StringBuilder s = new StringBuilder(String.join(",", FrameworkCsv.COLUMNS)).append('\n');
        s.append(code).append(',').append(code).append(",,FRAMEWORK,Сынақ,Тест,Test,,,\n");
        for (String row : rows) {
            s.append(code).append(',').append(row).append(",,,\n");
        }
        return new ByteArrayInputStream(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String renewIdentifiers(String text) {
        Matcher m = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}").matcher(text);
        Map<String, String> fresh = new HashMap<>();
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, fresh.computeIfAbsent(m.group(), k -> UUID.randomUUID().toString()));
        }
        return m.appendTail(out).toString();
    }

    private JsonNode withoutTimes(JsonNode node) {
        JsonNode copy = node.deepCopy();
        strip(copy);
        return copy;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove("lastChangeDateTime");
            // association identifiers are derived from the framework code, which the copy changed
            if (o.has("associationType")) {
                o.remove("identifier");
            }
        }
        node.forEach(TdssFrameworksTest::strip);
    }
}
