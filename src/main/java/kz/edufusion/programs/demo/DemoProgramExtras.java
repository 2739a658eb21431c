package kz.edufusion.programs.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.programs.ProgramSkillsChanged;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.domain.ChildStore;
import kz.edufusion.programs.domain.OutcomeView;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.programs.domain.SkillLinkStore;
import kz.edufusion.programs.domain.TargetStore;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.skills.SkillView;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a coordinator would have decided for the demo programs: confirmed skills with levels (skills.csv, chosen
 * among those the demo IT vacancies ask for, so the gap analysis shows coverage and gaps), target occupations and
 * sectors (targets.csv). The engine's other proposals stay open for the review page. A skill or occupation missing
 * from the taxonomy is skipped, never stored as a dangling URI.
 */
@Component
@Profile("demo")
class DemoProgramExtras {

    static final String ESCO_SKILL = "http://data.europa.eu/esco/skill/";
    static final String CUSTOM_SKILL = "https://edufusion.kz/skill/";

    private final ProgramStore programs;
    private final ChildStore children;
    private final SkillLinkStore links;
    private final TargetStore targets;
    private final SkillTaxonomy taxonomy;
    private final ReferenceData reference;
    private final ApplicationEventPublisher events;
    private final List<List<String>> skills;
    private final List<List<String>> targetRows;

    DemoProgramExtras(ProgramStore programs, ChildStore children, SkillLinkStore links, TargetStore targets,
            SkillTaxonomy taxonomy, ReferenceData reference, ApplicationEventPublisher events) {
        this.programs = programs;
        this.children = children;
        this.links = links;
        this.targets = targets;
        this.taxonomy = taxonomy;
        this.reference = reference;
        this.events = events;
        this.skills = read("skills.csv", List.of("program_code", "owner_code", "skill", "level"));
        this.targetRows = read("targets.csv", List.of("program_code", "occupations", "sectors"));
    }

    void apply(UUID university, String code) {
        UUID program = programs.idOf(university, code).orElseThrow();
        List<OutcomeView> outcomes = children.outcomes(program);
        for (List<String> row : skills) {
            if (!row.get(0).equals(code)) {
                continue;
            }
            Optional<UUID> owner = outcomes.stream().filter(o -> o.code().equals(row.get(1))).map(OutcomeView::id).findFirst();
            String id = row.get(2);
            Optional<SkillView> skill = taxonomy.find((id.length() == 36 ? ESCO_SKILL : CUSTOM_SKILL) + id);
            if (owner.isPresent() && skill.isPresent()) {
                links.confirm(program, owner.get(), null, skill.get().uri(), SkillLevel.valueOf(row.get(3)), null);
            }
        }
        for (List<String> row : targetRows) {
            if (row.get(0).equals(code)) {
                for (String occupation : row.get(1).split(" ")) {
                    reference.occupation(occupation).filter(o -> o.iscoGroup() != null && o.iscoGroup().length() == 4)
                            .ifPresent(o -> targets.add(program, o.uri(), o.iscoGroup(), false));
                }
                targets.replaceSectors(program, Arrays.stream(row.get(2).split(" "))
                        .filter(reference::economicActivityExists).sorted().toList());
            }
        }
        events.publishEvent(new ProgramSkillsChanged(program));
    }

    private static List<List<String>> read(String file, List<String> columns) {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = new ClassPathResource(DemoProgramsSeeder.FOLDER + file).getInputStream();
             CsvTable table = CsvTable.open(in, columns)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                CsvRow current = row;
                rows.add(columns.stream().map(current::required).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
