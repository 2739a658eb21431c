package kz.edufusion.labormarket.imports;

/**
 * The vacancy fields a column mapping can fill. SOURCE_ID, TITLE and PUBLISHED_AT are required; TAGS is a list
 * separated by commas or semicolons; SALARY_PERIOD takes hh's salary modes.
 */
public enum MappedField {
    SOURCE_ID(true), TITLE(true), DESCRIPTION(false), CITY(false), SALARY_FROM(false), SALARY_TO(false),
    SALARY_CURRENCY(false), SALARY_GROSS(false), SALARY_PERIOD(false), EXPERIENCE(false), SCHEDULE(false),
    EMPLOYMENT(false), EMPLOYER(false), TAGS(false), PUBLISHED_AT(true), URL(false), LANGUAGE(false);

    private final boolean required;

    MappedField(boolean required) {
        this.required = required;
    }

    public boolean required() {
        return required;
    }
}
