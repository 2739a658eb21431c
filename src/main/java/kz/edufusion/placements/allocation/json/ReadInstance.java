package kz.edufusion.placements.allocation.json;

import java.util.List;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.InstanceProblem;

/**
 * What {@link InstanceJson#read} found: the instance (null when the file is not JSON at all) and every
 * problem, those of the file's shape and those of {@link kz.edufusion.placements.allocation.AllocationEngine#validate}.
 */
public record ReadInstance(AllocationInstance instance, List<InstanceProblem> problems) {

    public ReadInstance {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return instance != null && problems.isEmpty();
    }
}
