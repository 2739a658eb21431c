package kz.edufusion.academy.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A video is embedded only from the allow-listed hosts, as the embed address the page's CSP {@code frame-src} lets
 * through: a YouTube link of any usual shape becomes {@code https://www.youtube-nocookie.com/embed/<id>} (no cookies
 * until the learner plays it), a Vimeo link {@code https://player.vimeo.com/video/<number>}. Anything else is refused.
 */
public final class VideoLinks {

    public static final String YOUTUBE_EMBED = "https://www.youtube-nocookie.com/embed/";
    public static final String VIMEO_EMBED = "https://player.vimeo.com/video/";
    private static final Pattern YOUTUBE_ID = Pattern.compile("^[A-Za-z0-9_-]{11}$");
    private static final Pattern VIMEO_PATH = Pattern.compile("^/(?:video/)?([0-9]{1,12})/?$");
    private static final Pattern QUERY_V = Pattern.compile("(?:^|&)v=([^&]*)");

    private VideoLinks() {
    }

    /** The embed address of a link to an allow-listed video, or empty when the link is not one. */
    public static Optional<String> embed(String link) {
        if (link == null || link.isBlank() || link.length() > 500) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return Optional.empty();
        }
        String host = uri.getHost().toLowerCase();
        String path = uri.getPath() == null ? "" : uri.getPath();
        return switch (host) {
            case "youtube.com", "www.youtube.com", "m.youtube.com" -> youtube(path.startsWith("/watch") ? queryV(uri) : after(path, "/embed/", "/shorts/"));
            case "youtu.be" -> youtube(path.length() > 1 ? path.substring(1) : null);
            case "youtube-nocookie.com", "www.youtube-nocookie.com" -> youtube(after(path, "/embed/"));
            case "vimeo.com", "www.vimeo.com", "player.vimeo.com" -> vimeo(path);
            default -> Optional.empty();
        };
    }

    private static Optional<String> youtube(String id) {
        return id != null && YOUTUBE_ID.matcher(id).matches() ? Optional.of(YOUTUBE_EMBED + id) : Optional.empty();
    }

    private static Optional<String> vimeo(String path) {
        Matcher m = VIMEO_PATH.matcher(path);
        return m.matches() ? Optional.of(VIMEO_EMBED + m.group(1)) : Optional.empty();
    }

    private static String queryV(URI uri) {
        if (uri.getRawQuery() == null) {
            return null;
        }
        Matcher m = QUERY_V.matcher(uri.getRawQuery());
        return m.find() ? m.group(1) : null;
    }

    private static String after(String path, String... prefixes) {
        for (String prefix : prefixes) {
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                return rest.endsWith("/") ? rest.substring(0, rest.length() - 1) : rest;
            }
        }
        return null;
    }
}
