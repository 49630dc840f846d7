package nl.werkplein.intake.klant;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A BSN that passes the 11-proef. The message never repeats the number. */
@Documented
@Constraint(validatedBy = GeldigBsn.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigBsn {
    String message() default "is geen geldig BSN (9 cijfers, 11-proef)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigBsn, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Bsn.isGeldig(value);
        }
    }
}
