package kz.edufusion.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times on the pages in Astana/Almaty time (the whole country has used UTC+5 since 2024), whatever zone
 * the server runs in. Templates call it as {@code @identityTime.format(instant)}.
 */
@Component("identityTime")
public class IdentityTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
