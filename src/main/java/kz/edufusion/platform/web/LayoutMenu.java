package kz.edufusion.platform.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import kz.edufusion.common.web.DetachedFragments;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The layout's main menu for signed-in people (layout.html, fragment "menu"), rendered once per set of authorities and
 * language and then written into every page as it is (as {@code @layoutMenu} in the layout). The menu's two dozen
 * {@code sec:authorize} role checks were the largest single part of a page's template time in the academy load test
 * (decision 0029). The menu holds nothing but role checks, messages and fixed links: the person's name, the logout
 * form with its CSRF token and the language buttons stay outside it and are rendered per request.
 */
@Component("layoutMenu")
public class LayoutMenu {

    static final int MAX_ENTRIES = 256;
    static final String RENDERING = "renderingLayoutMenu";

    private final DetachedFragments fragments;
    private final Map<Key, String> cache = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > MAX_ENTRIES;
        }
    });

    LayoutMenu(DetachedFragments fragments) {
        this.fragments = fragments;
    }

    /** The menu for the current request's authentication in this language. */
    public String html(Locale locale) {
        Key key = Key.of(SecurityContextHolder.getContext().getAuthentication(), locale);
        String html = cache.get(key);
        if (html == null) {
            html = render(locale);
            cache.put(key, html);
        }
        return html;
    }

    private String render(Locale locale) {
        return fragments.render("layout", "menu", locale, Map.of(RENDERING, true));
    }

    /** What the menu depends on: whether the person is signed in, their authorities, the language. */
    private record Key(boolean signedIn, Set<String> authorities, Locale locale) {

        static Key of(Authentication authentication, Locale locale) {
            boolean signedIn = authentication != null && authentication.isAuthenticated()
                    && !(authentication instanceof AnonymousAuthenticationToken);
            Set<String> authorities = new TreeSet<>();
            if (authentication != null) {
                authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).forEach(authorities::add);
            }
            return new Key(signedIn, Collections.unmodifiableSet(authorities), locale);
        }
    }
}
