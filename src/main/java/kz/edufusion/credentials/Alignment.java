package kz.edufusion.credentials;

/**
 * An alignment of an achievement to a skill or competence: an ESCO skill (its concept URI as {@code targetUrl},
 * framework "ESCO") or a competence of a framework such as DigCompEdu (its code as {@code targetCode}).
 */
public record Alignment(String targetName, String targetUrl, String targetFramework, String targetCode) {
}
