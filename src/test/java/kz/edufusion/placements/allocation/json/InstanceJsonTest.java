package kz.edufusion.placements.allocation.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.InstanceProblem;
import kz.edufusion.placements.allocation.OfferEntry;
import kz.edufusion.placements.allocation.TieBreak;
import org.junit.jupiter.api.Test;

class InstanceJsonTest {

    static ReadInstance read(String json) throws IOException {
        return InstanceJson.read(new ByteArrayInputStream(json.replace('\'', '"').getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> problems(String json) throws IOException {
        return read(json).problems().stream().map(InstanceProblem::toString).toList();
    }

    @Test
    void readsTheDocumentedExample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/placements/allocation/example-instance.json")) {
            ReadInstance read = InstanceJson.read(in);

            assertThat(read.problems()).isEmpty();
            assertThat(read.instance().seed()).isEqualTo(2026);
            assertThat(read.instance().tieBreak()).isEqualTo(TieBreak.LOTTERY);
            assertThat(read.instance().students()).hasSize(5);
            assertThat(read.instance().students().get(0).categories()).containsExactlyInAnyOrder(Category.WOMEN_IN_STEM,
                    Category.REMOTE_REGION);
            OfferEntry kaspi = read.instance().offers().get(1);
            assertThat(kaspi.ranking()).isNull();
            assertThat(kaspi.scores()).containsEntry("madina", 88.5).hasSize(4);
            assertThat(read.instance().offers().get(2).reserves()).isEqualTo(Map.of(Category.REMOTE_REGION, 1, Category.TARGETED_GRANT, 1));
        }
    }

    @Test
    void listsEveryProblemWithItsPath() throws IOException {
        assertThat(problems("""
                {'students': [
                   {'id': 'a', 'preferences': ['x', 'nope', 'x'], 'categories': ['WOMEN_IN_STEM', 'ALIENS']},
                   {'id': 'a', 'preferences': []},
                   {'preferences': 'x', 'age': 20}
                 ],
                 'offers': [
                   {'id': 'x', 'capacity': -1, 'ranking': ['a']},
                   {'id': 'y', 'capacity': 2, 'reserves': {'REMOTE_REGION': 2, 'TARGETED_GRANT': 1}, 'ranking': ['a', 'a', 'zed']},
                   {'id': 'z', 'capacity': 1.5, 'ranking': ['a'], 'scores': {'a': 1}},
                   {'id': 'w', 'capacity': 1, 'scores': {'a': 'high', 'ghost': 3}},
                   {'id': 'x', 'capacity': 1, 'reserves': {'WOMEN_IN_STEM': -1}, 'ranking': [1]}
                 ]}""")).containsExactly(
                "$.students[0].categories[1]: unknown category 'ALIENS' (expected REMOTE_REGION, TARGETED_GRANT or WOMEN_IN_STEM)",
                "$.students[2].age: unknown field (expected one of categories, id, preferences)",
                "$.students[2].id: required",
                "$.students[2].preferences: expected an array of strings",
                "$.offers[2].capacity: expected a whole number",
                "$.offers[3].scores.a: expected a number",
                "$.offers[4].ranking[0]: expected a non-empty string",
                "$.students[1].id: duplicate id 'a' (first at $.students[0])",
                "$.offers[4].id: duplicate id 'x' (first at $.offers[0])",
                "$.students[0].preferences[1]: unknown offer id 'nope'",
                "$.students[0].preferences[2]: offer 'x' is listed twice",
                "$.offers[0].capacity: capacity must not be negative, was -1",
                "$.offers[1].reserves: reserved seats (3) exceed the capacity (2)",
                "$.offers[1].ranking[1]: student 'a' is ranked twice",
                "$.offers[1].ranking[2]: unknown student id 'zed'",
                "$.offers[2]: give exactly one of 'ranking' or 'scores'",
                "$.offers[3].scores.ghost: unknown student id 'ghost'",
                "$.offers[4].reserves.WOMEN_IN_STEM: a reserve must not be negative, was -1");
    }

    @Test
    void reportsBrokenJsonWithItsLocation() throws IOException {
        ReadInstance read = read("{'students': [], 'offers': [\n  {'id': 'x',}]}");

        assertThat(read.instance()).isNull();
        assertThat(read.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("$");
            assertThat(problem.message()).startsWith("not valid JSON").contains("line 2");
        });
    }

    @Test
    void aDuplicateKeyIsAnErrorNotLastOneWins() throws IOException {
        assertThat(problems("{'students': [], 'offers': [{'id': 'x', 'capacity': 1, 'capacity': 9, 'ranking': []}]}"))
                .singleElement().asString().contains("Duplicate field 'capacity'");
    }

    @Test
    void requiresTheTopLevelArraysAndAKnownFormat() throws IOException {
        assertThat(problems("{'format': 'v0', 'seed': 'x', 'tieBreak': 'COIN'}")).containsExactly(
                "$.format: expected \"edufusion-allocation-instance/1\"", "$.seed: expected a whole number",
                "$.tieBreak: expected LOTTERY or STUDENT_ID", "$.students: required", "$.offers: required");
        assertThat(problems("[]")).containsExactly("$: expected an object");
    }
}
