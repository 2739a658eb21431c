/**
 * Labor market: the demand side of the platform. Vacancies imported from the public hh vacancy API (its CSV and
 * JSON layouts) and from any CSV through a saved column mapping, normalized (plain text, language, region,
 * salary in KZT per month, employer organization, NACE section, ESCO/ISCO occupation) and read by the skill
 * extraction engine; demand aggregates per skill, region, NACE section and month; the quarterly employer survey.
 * Other modules (programs, alignment, placements) read demand only through this package's facades.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "reference", "skills", "skills :: extraction"})
package kz.edufusion.labormarket;
