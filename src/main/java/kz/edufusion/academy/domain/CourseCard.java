package kz.edufusion.academy.domain;

import kz.edufusion.common.LocalizedText;

/** A published course in the catalog: its version's details and the name of the owner's organization. */
public record CourseCard(VersionView version, LocalizedText organization) {
}
