package kz.edufusion.identity.web;

import java.text.Collator;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.Languages;
import kz.edufusion.identity.OrganizationView;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds select options with labels resolved in the controller, so every select on every page renders
 * through the same fragment whether its labels come from message keys or from organization names.
 */
@Component
class Options {

    private final MessageSource messages;

    Options(MessageSource messages) {
        this.messages = messages;
    }

    /** Options whose labels are message keys {@code prefix + value}, in the given order. */
    List<Option> keyed(String prefix, Collection<?> values, Locale locale) {
        return values.stream().map(String::valueOf)
                .map(v -> new Option(v, messages.getMessage(prefix + v, null, v, locale))).toList();
    }

    List<Option> languages(Locale locale) {
        return keyed("common.language.", Languages.SUPPORTED.stream().map(Locale::getLanguage).toList(), locale);
    }

    /** Organizations by their name in the reader's language, sorted the way that language sorts. */
    List<Option> organizations(Collection<OrganizationView> organizations, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return organizations.stream().map(o -> new Option(o.id().toString(), o.name().in(locale)))
                .sorted(Comparator.comparing(Option::label, collator)).toList();
    }
}
