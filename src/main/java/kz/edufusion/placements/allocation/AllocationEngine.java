package kz.edufusion.placements.allocation;

import java.util.List;

/**
 * The allocation engine: validates an instance, compiles it to arrays, runs student-proposing deferred
 * acceptance with capacities and soft reserves, and explains the outcome. Plain Java and stateless, so the
 * round service, the {@code allocate} command and the benchmark all call the same {@link #allocate}.
 */
public final class AllocationEngine {

    private AllocationEngine() {
    }

    /** Every problem of the instance, in document order of the checks; empty when it can be allocated. */
    public static List<InstanceProblem> validate(AllocationInstance instance) {
        return InstanceValidator.validate(instance);
    }

    /** The student-optimal stable matching; throws {@link InvalidInstanceException} listing every problem. */
    public static AllocationResult allocate(AllocationInstance instance) {
        List<InstanceProblem> problems = validate(instance);
        if (!problems.isEmpty()) {
            throw new InvalidInstanceException(problems);
        }
        return Outcomes.of(DeferredAcceptance.run(MarketBuilder.build(instance)));
    }
}
