package kz.edufusion.labormarket.imports;

/** What writing one batch did: new vacancies, near-duplicate new ones, updated and unchanged ones. */
record BatchOutcome(int imported, int duplicate, int updated, int unchanged) {

    int changed() {
        return imported + duplicate + updated;
    }
}
