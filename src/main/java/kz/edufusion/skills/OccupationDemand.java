package kz.edufusion.skills;

/** How many ESCO occupations need a skill, as essential and as optional skill (each occupation counted once). */
public record OccupationDemand(long essential, long optional) {

    public long total() {
        return essential + optional;
    }
}
