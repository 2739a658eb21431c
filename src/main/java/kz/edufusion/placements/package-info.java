/**
 * Placements: internships and dual education (AICP, the KAZDUAL model): offers, applications, allocation
 * rounds, tripartite agreements, supervision, the trainee diary and evaluations. The allocation engine
 * ({@code placements.allocation}) is plain Java, run by the service and by the jar's {@code allocate} command.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "credentials", "identity", "notifications", "programs", "reference", "skills", "skills :: extraction"})
package kz.edufusion.placements;
