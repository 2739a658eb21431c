package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import kz.edufusion.common.PageResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Previous/next links of a paged table that keep the current filters: only the {@code page} parameter
 * changes, so a filtered search can be paged through without a form post.
 */
public record PageLinks(int page, int totalPages, long totalItems, String previous, String next) {

    static PageLinks of(PageResponse<?> result, HttpServletRequest request) {
        String previous = result.page() > 0 ? link(request, result.page() - 1) : null;
        String next = result.page() + 1 < result.totalPages() ? link(request, result.page() + 1) : null;
        return new PageLinks(result.page() + 1, Math.max(1, result.totalPages()), result.totalItems(), previous, next);
    }

    private static String link(HttpServletRequest request, int page) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(request.getQueryString())
                .replaceQueryParam("page", page).build().toUriString();
    }
}
