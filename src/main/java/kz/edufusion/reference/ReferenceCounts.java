package kz.edufusion.reference;

/** How many rows each reference dataset holds (the admin home page shows them). */
public record ReferenceCounts(long regions, long fieldsOfEducation, long nqfLevels, long economicSections,
        long economicDivisions, long iscoGroups, long occupations) {
}
