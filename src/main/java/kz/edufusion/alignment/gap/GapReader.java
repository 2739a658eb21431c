package kz.edufusion.alignment.gap;

import java.util.UUID;
import java.util.regex.Pattern;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramRegister;
import kz.edufusion.reference.ReferenceData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored gap analyses as pages and the API read them, each behind its access check: unknown ids are 404
 * (DomainProblem), ids the user may not see are 403 (AccessDeniedException), malformed keys 400.
 */
@Service
public class GapReader {

    private static final Pattern FIELD = Pattern.compile("0[1-9]|1[0-2]");

    private final ProgramRegister register;
    private final IdentityDirectory directory;
    private final ReferenceData reference;
    private final GapAccess access;
    private final GapStore store;

    GapReader(ProgramRegister register, IdentityDirectory directory, ReferenceData reference, GapAccess access,
            GapStore store) {
        this.register = register;
        this.directory = directory;
        this.reference = reference;
        this.access = access;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public ProgramGapRead program(UUID programId, CurrentUser user) {
        AlignmentProgram program = register.alignmentProgram(programId)
                .orElseThrow(() -> DomainProblem.notFound("alignment.gap.notFound"));
        access.checkProgram(user, program.universityId());
        LocalizedText university = directory.organization(program.universityId()).map(OrganizationView::name).orElse(null);
        return store.programGap(programId).map(s -> new ProgramGapRead(program, university, s.gap(), s.computedAt()))
                .orElse(new ProgramGapRead(program, university, null, null));
    }

    @Transactional(readOnly = true)
    public GroupGapRead group(GroupKind kind, String key, CurrentUser user) {
        LocalizedText name = name(kind, key);
        access.checkGroup(user, kind, key);
        var stored = store.groupGap(kind, key);
        return new GroupGapRead(kind, key, name, store.scores(kind, key), stored.map(GapStore.StoredGroup::group).orElse(null),
                stored.map(GapStore.StoredGroup::computedAt).orElse(null));
    }

    private LocalizedText name(GroupKind kind, String key) {
        return switch (kind) {
            case UNIVERSITY -> directory.organization(university(key))
                    .filter(o -> o.type() == OrganizationType.UNIVERSITY || o.type() == OrganizationType.COLLEGE)
                    .map(OrganizationView::name).orElseThrow(() -> DomainProblem.notFound("alignment.group.notFound"));
            case REGION -> reference.region(key).map(r -> r.name())
                    .orElseThrow(() -> DomainProblem.notFound("alignment.group.notFound"));
            case FIELD -> {
                if (!FIELD.matcher(key).matches()) {
                    throw DomainProblem.invalidField("code", "alignment.group.badField");
                }
                yield reference.fieldsOfEducation().stream().filter(f -> f.code().equals(key)).findFirst()
                        .map(f -> f.name()).orElseThrow(() -> DomainProblem.notFound("alignment.group.notFound"));
            }
        };
    }

    private static UUID university(String key) {
        try {
            return UUID.fromString(key);
        } catch (IllegalArgumentException e) {
            throw DomainProblem.invalidField("id", "alignment.group.badUniversity");
        }
    }
}
