package kz.edufusion.placements.allocation;

import java.util.List;

/** The instance cannot be allocated; {@link #problems()} lists every problem found, not only the first. */
public class InvalidInstanceException extends RuntimeException {

    private final transient List<InstanceProblem> problems;

    public InvalidInstanceException(List<InstanceProblem> problems) {
        super(problems.size() + " problem(s) in the allocation instance, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    public List<InstanceProblem> problems() {
        return problems;
    }
}
