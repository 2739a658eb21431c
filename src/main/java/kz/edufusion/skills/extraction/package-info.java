/**
 * The skill extraction engine (plain Java, no Spring): its result types are what other modules receive from
 * {@link kz.edufusion.skills.SkillExtractionService}, so the package is published as the {@code extraction}
 * named interface.
 */
@org.springframework.modulith.NamedInterface("extraction")
package kz.edufusion.skills.extraction;
