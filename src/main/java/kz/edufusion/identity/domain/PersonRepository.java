package kz.edufusion.identity.domain;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.identity.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonRepository extends JpaRepository<Person, UUID> {

    Optional<Person> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("""
            select distinct p from Person p left join p.memberships m
            where (:q = '' or lower(p.email) like :q or lower(p.fullName) like :q)
              and (:role is null or m.role = :role)
              and (:organization is null or m.organizationId = :organization)
            """)
    Page<Person> search(@Param("q") String likePattern, @Param("role") Role role,
            @Param("organization") UUID organization, Pageable pageable);

    @Query("select distinct p from Person p join p.memberships m where m.organizationId = :organization and m.role = :role")
    java.util.List<Person> findMembers(@Param("organization") UUID organization, @Param("role") Role role);

    @Query("select count(distinct p) from Person p join p.memberships m where m.role = :role and m.organizationId = :organization")
    long countWithRoleIn(@Param("role") Role role, @Param("organization") UUID organization);

    @Query("select distinct p from Person p join p.memberships m where m.role = :role and m.organizationId = :organization "
            + "and p.enabled = true order by p.fullName")
    java.util.List<Person> findWithRoleIn(@Param("role") Role role, @Param("organization") UUID organization);
}
