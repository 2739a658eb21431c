package kz.edufusion.tdss.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading and importing frameworks. An import is one transaction over all its entries: every entry is checked, the
 * good ones are written, each refused one is reported with its reason (the platform's import rule) — an entry whose
 * parent was refused is refused too, so nothing is left hanging half-written.
 */
@Service
public class Frameworks {

    static final int MAX_LEVELS = 6;

    private final FrameworkStore store;

    Frameworks(FrameworkStore store) {
        this.store = store;
    }

    public List<FrameworkView> all() {
        return store.codes().stream().map(this::view).toList();
    }

    public FrameworkView view(String code) {
        FrameworkStore.FrameworkRow row = store.framework(code)
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.frameworkNotFound", code));
        List<ItemView> items = store.items(row.id());
        return new FrameworkView(row.id(), row.code(), row.title(), row.description(), ofType(items, ItemType.LEVEL),
                ofType(items, ItemType.AREA), ofType(items, ItemType.COMPETENCE));
    }

    public boolean exists(String code) {
        return store.framework(code).isPresent();
    }

    @Transactional
    public ImportReport importEntries(List<FrameworkEntry> entries, List<Rejection> unreadable) {
        List<Rejection> rejected = new ArrayList<>(unreadable);
        Set<String> touched = new LinkedHashSet<>();
        Map<String, UUID> frameworkIds = new HashMap<>();
        Set<String> seen = new java.util.HashSet<>();
        int accepted = 0;
        for (FrameworkEntry entry : entries.stream().filter(e -> e.type() == ItemType.FRAMEWORK).toList()) {
            String problem = frameworkProblem(entry, seen);
            if (problem != null) {
                rejected.add(new Rejection(entry.where(), problem));
                continue;
            }
            UUID id = store.framework(entry.code()).map(FrameworkStore.FrameworkRow::id).orElse(entry.id());
            store.saveFramework(id, entry.code(), entry.title(), entry.description());
            frameworkIds.put(entry.code(), id);
            touched.add(entry.code());
            accepted++;
        }
        // levels and areas before competences, so a competence finds its area written in this import
        for (ItemType type : List.of(ItemType.LEVEL, ItemType.AREA, ItemType.COMPETENCE)) {
            for (FrameworkEntry entry : entries.stream().filter(e -> e.type() == type).toList()) {
                UUID frameworkId = frameworkIds.computeIfAbsent(entry.framework(),
                        code -> store.framework(code).map(FrameworkStore.FrameworkRow::id).orElse(null));
                String problem = frameworkId == null ? "unknown framework " + entry.framework()
                        : itemProblem(frameworkId, entry, seen);
                if (problem != null) {
                    rejected.add(new Rejection(entry.where(), problem));
                    continue;
                }
                int position = store.positionOf(frameworkId, entry.code()).orElseGet(() -> store.nextPosition(frameworkId, type));
                store.saveItem(frameworkId, entry, position);
                touched.add(entry.framework());
                accepted++;
            }
        }
        return new ImportReport(List.copyOf(touched), accepted, rejected);
    }

    /** Sets the role's target level on every competence of the framework that has none yet. */
    @Transactional
    public void setTarget(String frameworkCode, String role, String levelCode) {
        FrameworkView framework = view(frameworkCode);
        if (framework.levelByCode(levelCode) == null) {
            throw DomainProblem.invalid("tdss.problem.levelUnknown", levelCode);
        }
        store.setTarget(framework.id(), role, levelCode);
    }

    public Map<UUID, String> targets(FrameworkView framework, String role) {
        return store.targets(framework.id(), role);
    }

    private String frameworkProblem(FrameworkEntry entry, Set<String> seen) {
        String basic = basicProblem(entry);
        if (basic != null) {
            return basic;
        }
        if (!seen.add(entry.code() + "\u0000" + entry.code())) {
            return "framework " + entry.code() + " appears twice";
        }
        if (store.framework(entry.code()).isEmpty() && store.frameworkIdTakenElsewhere(entry.id(), entry.code())) {
            return "identifier " + entry.id() + " already names something else";
        }
        return null;
    }

    private String itemProblem(UUID frameworkId, FrameworkEntry entry, Set<String> seen) {
        String basic = basicProblem(entry);
        if (basic != null) {
            return basic;
        }
        if (!seen.add(entry.framework() + "\u0000" + entry.code())) {
            return "code " + entry.code() + " appears twice in " + entry.framework();
        }
        if (store.idTakenElsewhere(entry.id(), frameworkId, entry.code())) {
            return "identifier " + entry.id() + " already names another item";
        }
        java.util.Optional<ItemType> existing = store.typeOf(frameworkId, entry.code());
        if (existing.isPresent() && existing.get() != entry.type()) {
            return "code " + entry.code() + " is already a " + existing.get() + ", not a " + entry.type();
        }
        if (entry.type() == ItemType.COMPETENCE) {
            if (entry.parentCode() == null) {
                return "a competence needs the code of its area as parent";
            }
            if (store.typeOf(frameworkId, entry.parentCode()).orElse(null) != ItemType.AREA) {
                return "parent " + entry.parentCode() + " is not an area of " + entry.framework();
            }
        } else if (entry.parentCode() != null) {
            return "a " + entry.type() + " has no parent, found " + entry.parentCode();
        }
        if (entry.type() == ItemType.LEVEL && existing.isEmpty()
                && store.nextPosition(frameworkId, ItemType.LEVEL) > MAX_LEVELS) {
            return "a framework has at most " + MAX_LEVELS + " levels";
        }
        return null;
    }

    private static String basicProblem(FrameworkEntry entry) {
        if (entry.code() == null || entry.code().isBlank()) {
            return "missing code";
        }
        if (entry.framework() == null || entry.framework().isBlank()) {
            return "missing framework";
        }
        if (!entry.code().matches("[A-Za-z0-9._-]{1,40}")) {
            return "code '" + entry.code() + "' is not letters, digits, dots, dashes (at most 40)";
        }
        LocalizedText t = entry.title();
        if (t == null || blank(t.kk()) || blank(t.ru()) || blank(t.en())) {
            return "a title in each of kk, ru and en is required";
        }
        return null;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static List<ItemView> ofType(List<ItemView> items, ItemType type) {
        return items.stream().filter(i -> i.type() == type).toList();
    }
}
