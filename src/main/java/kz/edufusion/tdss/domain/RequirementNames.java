package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The requirements a refusal names (minHours, requiredPrograms, score ...) in the reader's language, so a 409 says
 * what is missing in words, not in field codes.
 */
@Component
class RequirementNames {

    private final MessageSource messages;

    RequirementNames(MessageSource messages) {
        this.messages = messages;
    }

    String of(List<String> fields) {
        return fields.stream().map(f -> messages.getMessage("tdss.field." + f, null, f, LocaleContextHolder.getLocale()))
                .collect(Collectors.joining(", "));
    }
}
