package kz.edufusion.programs.domain;

/** CORE: the required or university component; ELECTIVE: the component by choice. */
public enum DisciplineComponent {
    CORE, ELECTIVE
}
