package kz.edufusion.platform.web;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/** A block of the home page for one of the user's roles, optionally about one organization. */
public record HomeSection(String titleKey, LocalizedText organization, String notice, List<Figure> figures) {
}
