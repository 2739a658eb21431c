package kz.edufusion.reference;

import java.util.List;
import java.util.Optional;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * The reference module's public facade. Other modules validate codes through the {@code exists} checks
 * and show names through the records; they never read the {@code reference} schema themselves.
 * Search texts match a code prefix or a part of a name in any language, case-insensitively.
 */
public interface ReferenceData {

    List<Region> regions();

    Optional<Region> region(String code);

    boolean regionExists(String code);

    List<FieldOfEducation> fieldsOfEducation();

    boolean fieldOfEducationExists(String code);

    List<NqfLevel> nqfLevels();

    boolean nqfLevelExists(int level);

    /** Sections and divisions in NACE order (each section followed by its divisions); {@code level} 1 or 2 or null for both. */
    PageResponse<EconomicActivity> economicActivities(String text, Integer level, PageQuery page);

    boolean economicActivityExists(String code);

    PageResponse<IscoGroup> iscoGroups(String text, PageQuery page);

    boolean iscoGroupExists(String code);

    /** Occupations by text, optionally within an ISCO group (any level: "25" finds 2511, 2512, ...). */
    PageResponse<Occupation> occupations(String text, String iscoGroup, PageQuery page);

    /** An occupation by its id (URI's last segment), its full URI or its ESCO code. */
    Optional<Occupation> occupation(String idUriOrCode);

    boolean occupationExists(String idUriOrCode);

    ReferenceCounts counts();

    /** The latest import of each dataset that has ever been imported. */
    List<ImportRun> latestImports();
}
