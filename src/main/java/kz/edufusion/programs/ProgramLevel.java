package kz.edufusion.programs;

/** The level a program code's prefix names: 6B bachelor (NQF 6), 7M master (NQF 7), 8D doctoral (NQF 8). */
public enum ProgramLevel {
    BACHELOR("6B", 6), MASTER("7M", 7), DOCTORAL("8D", 8);

    private final String prefix;
    private final int nqfLevel;

    ProgramLevel(String prefix, int nqfLevel) {
        this.prefix = prefix;
        this.nqfLevel = nqfLevel;
    }

    public String prefix() {
        return prefix;
    }

    public int nqfLevel() {
        return nqfLevel;
    }
}
