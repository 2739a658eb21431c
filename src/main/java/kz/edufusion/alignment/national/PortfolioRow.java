package kz.edufusion.alignment.national;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;

/**
 * A program in the portfolio, once per NACE section it targets ({@code sector} null: it names none, so it serves
 * all sectors). {@code score} is its latest alignment score (0-100), null when the gap analysis has not scored it.
 */
public record PortfolioRow(UUID programId, String code, LocalizedText title, ProgramLevel level, ProgramType type,
        String fieldCode, String regionCode, String sector, int intake, int graduates, Double score,
        Integer demandedSkills, Integer missingSkills) {
}
