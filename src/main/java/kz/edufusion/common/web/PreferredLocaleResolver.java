package kz.edufusion.common.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import kz.edufusion.common.Languages;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Resolves the UI language: the session's choice (set at login from the user's saved preference, or by
 * the switcher), then a cookie for anonymous visitors, then Accept-Language among kk/ru/en, then Kazakh.
 * A switch by a signed-in user is also saved to their profile through {@link LocalePreferenceStore}.
 */
public class PreferredLocaleResolver implements LocaleResolver {

    public static final String SESSION_ATTRIBUTE = "edufusion.locale";
    static final String COOKIE = "EDUFUSION_LANG";
    /** A switch made by this very request (an anonymous visitor's cookie only comes back with the next one). */
    private static final String REQUEST_ATTRIBUTE = PreferredLocaleResolver.class.getName() + ".chosen";

    private final Optional<LocalePreferenceStore> store;

    public PreferredLocaleResolver(Optional<LocalePreferenceStore> store) {
        this.store = store;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        if (request.getAttribute(REQUEST_ATTRIBUTE) instanceof String chosen) {
            return Languages.orDefault(chosen);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_ATTRIBUTE) instanceof String tag) {
            return Languages.orDefault(tag);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && Languages.isSupported(cookie.getValue())) {
                    return Locale.forLanguageTag(cookie.getValue());
                }
            }
        }
        var accepted = request.getLocales();
        while (accepted.hasMoreElements()) {
            String language = accepted.nextElement().getLanguage();
            if (Languages.isSupported(language)) {
                return Locale.forLanguageTag(language);
            }
        }
        return Languages.KAZAKH;
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = Languages.orDefault(locale == null ? null : locale.getLanguage());
        request.setAttribute(REQUEST_ATTRIBUTE, chosen.getLanguage());
        Cookie cookie = new Cookie(COOKIE, chosen.getLanguage());
        cookie.setPath("/");
        cookie.setMaxAge(60 * 60 * 24 * 365);
        cookie.setHttpOnly(true);
        response.addCookie(cookie);
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            request.getSession().setAttribute(SESSION_ATTRIBUTE, chosen.getLanguage());
            store.ifPresent(s -> s.remember(user, chosen));
        } else {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.setAttribute(SESSION_ATTRIBUTE, chosen.getLanguage());
            }
        }
    }
}
