/**
 * Reference classifiers that every other module speaks in: the 20 regions of Kazakhstan, fields of
 * education, NQF levels, economic activities (OKED, which follows NACE Rev.2), ISCO-08 groups (NKZ) and
 * ESCO occupations. The data ships inside the jar and is imported idempotently at start or by the
 * {@code import} operator command. Other modules read it only through {@link kz.edufusion.reference.ReferenceData}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"common"})
package kz.edufusion.reference;
