package kz.edufusion.alignment.engine;

/**
 * Which vacancies count for a target ISCO-08 unit group: those coded with exactly that 4-digit group. A vacancy
 * coded only to a major, sub-major or minor group (1-3 digits) says too little to be given to one of the unit
 * groups beneath it (spreading it over all of them would count it several times), so it counts for none; the
 * recompute reports how many were left out.
 */
final class IscoMatching {

    private IscoMatching() {
    }

    static boolean isUnitGroup(String code) {
        if (code == null || code.length() != 4) {
            return false;
        }
        for (int i = 0; i < 4; i++) {
            if (!Character.isDigit(code.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
