/**
 * Programs: the register of educational programs as the national Register describes them (code, titles in
 * kk/ru/en, field/area/group, level and NQF level, degree, credits, languages, type, accreditation, Atlas of New
 * Professions reference, intake and graduates), their learning outcomes and disciplines, the skills each outcome
 * and discipline develops (proposed by the extraction engine, confirmed by the coordinator with a level) and the
 * occupations each program prepares for. A coordinator edits only their own university's programs.
 * The alignment module reads the register only through {@link kz.edufusion.programs.ProgramRegister}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "reference", "skills", "skills :: extraction"})
package kz.edufusion.programs;
