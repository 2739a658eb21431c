/**
 * Teacher Development and Support System (TDSS): competence frameworks kept as data (DigCompEdu, the EduFusion
 * educator framework; the national professional standard is imported the same way), imported and exported as
 * 1EdTech CASE 1.0 JSON and as CSV, and educators' self-assessments against a framework's levels with the gap to
 * their role's target profile and anonymized institution aggregates for managers; development plans with goals per
 * competence reviewed by the institution's coordinator, training programs (academy courses or external), cohorts with
 * attendance and educators' own external records, all entered in the training ledger; and certification: schemes kept
 * as data, educators' applications gated by the ledger's confirmed hours and programs, the certification body's
 * assessment and decision issuing an Open Badges credential through the {@code credentials} facade, revocation, and
 * progress toward the project's targets.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"academy", "common", "credentials", "identity", "notifications"})
package kz.edufusion.tdss;
