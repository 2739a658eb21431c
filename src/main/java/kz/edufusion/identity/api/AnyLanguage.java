package kz.edufusion.identity.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A name must exist in at least one of the three languages; which ones are filled is up to the caller, since
 * {@link kz.edufusion.common.LocalizedText} falls back between them when reading. Declared on the field so the
 * error names that field ("name") rather than an inner one.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = AnyLanguage.Validator.class)
@interface AnyLanguage {

    String message() default "{api.validation.anyLanguage}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<AnyLanguage, LocalizedNameRequest> {

        @Override
        public boolean isValid(LocalizedNameRequest name, ConstraintValidatorContext context) {
            return name == null || present(name.kk()) || present(name.ru()) || present(name.en());
        }

        private static boolean present(String value) {
            return value != null && !value.isBlank();
        }
    }
}
