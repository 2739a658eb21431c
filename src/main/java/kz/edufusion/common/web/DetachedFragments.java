package kz.edufusion.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * Renders a template fragment to a string for a cache of page parts (decision 0029), in the current request so that
 * links and {@code sec:authorize} work as on the page itself, but with request attributes of its own: Thymeleaf keeps
 * a web context's variables as request attributes, so the fragment's variables must not reach the page being
 * rendered, and the page's attributes (its model, the CSRF token) must not reach a fragment that other people will
 * be shown. Only the variables given are visible to the fragment.
 */
@Component
public class DetachedFragments {

    private final ITemplateEngine templates;

    DetachedFragments(ITemplateEngine templates) {
        this.templates = templates;
    }

    public String render(String template, String fragment, Locale locale, Map<String, Object> variables) {
        ServletRequestAttributes current = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        HttpServletRequest request = new OwnAttributes(current.getRequest());
        HttpServletResponse response = current.getResponse();
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale, variables);
        return templates.process(template, Set.of(fragment), context);
    }

    /** The request with an attribute map of its own, empty at first. */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
