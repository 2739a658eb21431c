package kz.edufusion.programs.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.domain.ProgramAccess;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Component;

/** Names and choices the register's pages show: universities, fields of education, regions, NACE sections. */
@Component("programNames")
class ProgramLookups {

    private final IdentityDirectory directory;
    private final ReferenceData reference;
    private final ProgramAccess access;

    ProgramLookups(IdentityDirectory directory, ReferenceData reference, ProgramAccess access) {
        this.directory = directory;
        this.reference = reference;
        this.access = access;
    }

    /** Universities and colleges, by id. */
    Map<UUID, OrganizationView> institutions() {
        List<OrganizationView> all = new ArrayList<>(directory.activeOrganizations(OrganizationType.UNIVERSITY));
        all.addAll(directory.activeOrganizations(OrganizationType.COLLEGE));
        return all.stream().collect(Collectors.toMap(OrganizationView::id, Function.identity(), (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    /** The universities the user's list may be filtered by: all for those who read all, else their own. */
    List<OrganizationView> readable(CurrentUser user) {
        var scope = access.readable(user);
        return institutions().values().stream().filter(o -> scope == null || scope.contains(o.id())).toList();
    }

    /** The universities the user may add programs to (administrators: any). */
    List<OrganizationView> editable(CurrentUser user) {
        return institutions().values().stream().filter(o -> access.mayEdit(user, o.id())).toList();
    }

    public String university(UUID id, Locale locale) {
        return directory.organization(id).map(o -> o.shortName() != null ? o.shortName() : o.name().in(locale)).orElse("");
    }

    public String region(String code, Locale locale) {
        return code == null ? "" : reference.region(code).map(r -> r.name().in(locale)).orElse(code);
    }

    public String field(String code, Locale locale) {
        return reference.fieldsOfEducation().stream().filter(f -> f.code().equals(code)).findFirst()
                .map(f -> f.name().in(locale)).orElse(code);
    }

    List<kz.edufusion.reference.FieldOfEducation> fields() {
        return reference.fieldsOfEducation();
    }

    List<kz.edufusion.reference.Region> regions() {
        return reference.regions();
    }

    /** NACE sections (level 1) with their names. */
    List<kz.edufusion.reference.EconomicActivity> sections() {
        return reference.economicActivities(null, 1, new kz.edufusion.common.PageQuery(0, 50)).items();
    }

    static String text(LocalizedText text, Locale locale) {
        return text == null ? "" : text.in(locale);
    }
}
