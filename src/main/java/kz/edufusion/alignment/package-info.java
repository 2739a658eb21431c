/**
 * Alignment: how well the programs of the register cover the skills the labor market asks for. The gap analysis
 * engine (plain Java, {@code alignment.engine}) compares demand signals (vacancies by occupation, region, sector,
 * month and source, from the labor market module) with the skills programs teach (from the programs register);
 * the results are stored per program and read by the gap pages, the national view and the quarterly
 * labor-market analysis, which is published with its data snapshot so that a published report never changes.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "reference", "skills", "labormarket", "programs", "notifications"})
package kz.edufusion.alignment;
