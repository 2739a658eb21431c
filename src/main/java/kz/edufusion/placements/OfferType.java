package kz.edufusion.placements;

/** The kinds of workplace learning a Kazakh curriculum has, plus an internship outside the curriculum. */
public enum OfferType {
    EDUCATIONAL, PRODUCTION, PRE_DIPLOMA, DUAL, INTERNSHIP
}
