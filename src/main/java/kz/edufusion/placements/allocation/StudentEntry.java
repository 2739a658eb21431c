package kz.edufusion.placements.allocation;

import java.util.List;
import java.util.Set;

/** A student of an allocation instance: offer ids best first and the equity categories the student belongs to. */
public record StudentEntry(String id, List<String> preferences, Set<Category> categories) {

    public StudentEntry {
        preferences = preferences == null ? List.of() : List.copyOf(preferences);
        categories = categories == null || categories.isEmpty() ? Set.of() : Set.copyOf(categories);
    }
}
