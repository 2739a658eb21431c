package kz.edufusion.identity.api;

import kz.edufusion.common.PageQuery;

/**
 * Limits of the {@code page} and {@code size} query parameters every list endpoint shares. A size above
 * {@link PageQuery#MAX_SIZE} is clamped (the platform's paging convention), but a negative page or a page so
 * far out that its first row no longer fits the database offset is a client error and answers 400.
 */
final class Paging {

    /** The last page whose offset still fits the int that JPA uses for it at the largest page size. */
    static final long MAX_PAGE = Integer.MAX_VALUE / PageQuery.MAX_SIZE;

    static final String PAGE_DESCRIPTION = "Zero-based page number";
    static final String SIZE_DESCRIPTION = "Rows per page, 20 by default; values above 200 are clamped to 200";

    private Paging() {
    }
}
