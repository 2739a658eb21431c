package kz.edufusion.alignment.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense int ids for strings (skills, ISCO groups, regions, sections), so the hot loops index arrays. */
final class Interner {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    Interner(String... reserved) {
        for (String value : reserved) {
            id(value);
        }
    }

    int id(String value) {
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    /** The id, or -1 when the value was never interned. */
    int find(String value) {
        return ids.getOrDefault(value, -1);
    }

    String value(int id) {
        return values.get(id);
    }

    int size() {
        return values.size();
    }
}
