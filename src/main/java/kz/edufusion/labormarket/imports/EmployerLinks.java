package kz.edufusion.labormarket.imports;

import java.util.Optional;
import java.util.UUID;

/**
 * Which platform organization an employer name belongs to. Names are compared by their key
 * ({@link kz.edufusion.labormarket.normalize.EmployerNames#key(String)}); an administrator's link wins over
 * the automatic match on an organization's names.
 */
public interface EmployerLinks {

    Optional<UUID> organizationFor(String employerKey);
}
