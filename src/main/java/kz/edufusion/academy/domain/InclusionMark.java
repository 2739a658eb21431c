package kz.edufusion.academy.domain;

/** The two marks a course version carries only when every item of its checklist is answered yes with evidence. */
public enum InclusionMark {
    GENDER_INCLUSIVE, CLIMATE_NEUTRAL
}
