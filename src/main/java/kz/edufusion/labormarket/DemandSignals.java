package kz.edufusion.labormarket;

import java.util.function.Consumer;

/**
 * Demand at the grain the gap analysis needs: vacancies (duplicates left out) by publication month, ISCO-08 unit
 * group of the occupation, region, NACE section, source and skill, with their salaries. The analysis weights the
 * cells by recency and source and sums them over a program's target occupations, regions and sectors.
 */
public interface DemandSignals {

    /**
     * Hands every demand cell to the sink, in no particular order. For each (month, ISCO group, region, section,
     * source) there is one cell per skill its vacancies ask for and one total cell ({@code skillUri} empty) that
     * counts all of them, with or without skills, so "salary without the skill" is total minus skill.
     */
    void forEachCell(Consumer<DemandCell> sink);
}
