package kz.edufusion.placements.allocation;

/** {@link RandomInstances} for test code outside this package (the instance file writer). */
public final class RandomInstancesAccess {

    private RandomInstancesAccess() {
    }

    public static AllocationInstance generate(long seed, int students, int offers, int preferences, boolean reserves) {
        return RandomInstances.generate(seed, new RandomInstances.Shape(students, offers, preferences, reserves, 9));
    }
}
