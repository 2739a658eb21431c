package kz.edufusion.tdss.domain;

import java.util.List;

/** What an import kept (frameworks touched, items written) and every row or item it refused with the reason. */
public record ImportReport(List<String> frameworks, int accepted, List<Rejection> rejected) {
}
