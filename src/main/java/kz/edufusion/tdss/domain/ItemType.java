package kz.edufusion.tdss.domain;

/** What a row of a framework file is: the framework itself, one of its proficiency levels, an area or a competence. */
public enum ItemType {
    FRAMEWORK, LEVEL, AREA, COMPETENCE
}
