package kz.edufusion.placements.allocation;

/** One thing wrong with an instance, located by a JSON path such as {@code $.students[3].preferences[1]}. */
public record InstanceProblem(String path, String message) {

    @Override
    public String toString() {
        return path + ": " + message;
    }
}
