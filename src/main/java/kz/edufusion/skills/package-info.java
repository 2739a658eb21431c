/**
 * Skills: the skill taxonomy (ESCO v1.2 imported by URI, with curated Kazakh and Russian labels and the
 * synonyms employers really write, plus custom skills ESCO lacks) and the skill extraction engine that
 * reads vacancies, outcomes and course texts in kk, ru, en or a mix of them.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common", "identity", "reference"})
package kz.edufusion.skills;
