package kz.edufusion.common.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Times on every page in Astana/Almaty time (the whole country has used UTC+5 since 2024), whatever zone
 * the server runs in. Templates call it as {@code @platformTime.format(instant)}.
 */
@Component("platformTime")
public class PlatformTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    public String format(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant);
    }

    public String formatPrecise(Instant instant) {
        return instant == null ? "" : SECONDS.format(instant);
    }
}
