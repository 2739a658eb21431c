package kz.edufusion.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OrganizationRepository extends JpaRepository<Organization, UUID> {

    @Query("""
            select o from Organization o
            where (:type is null or o.type = :type)
              and (:status is null or o.status = :status)
              and (:q = '' or lower(coalesce(o.nameEn, '')) like :q or lower(coalesce(o.nameRu, '')) like :q
                   or lower(coalesce(o.nameKk, '')) like :q or lower(coalesce(o.shortName, '')) like :q
                   or coalesce(o.bin, '') like :q)
            """)
    Page<Organization> search(@Param("type") OrganizationType type, @Param("status") OrganizationStatus status,
            @Param("q") String likePattern, Pageable pageable);

    List<Organization> findByTypeInAndStatusOrderByShortName(Collection<OrganizationType> types, OrganizationStatus status);

    boolean existsByBin(String bin);

    boolean existsByShortNameIgnoreCase(String shortName);
}
