package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** An external or international training an educator did: what, who ran it, level, hours, when; a listed program optional. */
public record ExternalInput(String title, String provider, String level, BigDecimal hours, LocalDate completedOn,
        UUID programId) {
}
