package kz.edufusion.alignment.national;

/**
 * The programs of one region and NACE section ({@code sector} null: programs that name no sector): how many, their
 * intake and graduates, how many have a score, and the mean and lowest score of those (null when none has).
 */
public record PortfolioGroup(String regionCode, String sector, int programs, int intake, int graduates, int scored,
        Double meanScore, Double minScore) {
}
