package nl.werkplein.socialreturn.contract;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.persistence.EntityManager;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.werkplein.socialreturn.partner.Partner;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/** Rules across fields, reported with the field errors in one 400: the period, and a partner that exists. */
@Documented
@Constraint(validatedBy = GeldigContract.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigContract {
    String message() default "ongeldig contract";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigContract, ContractRequest> {

        @Override
        public boolean isValid(ContractRequest c, ConstraintValidatorContext context) {
            if (c == null) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            LocalDate begindatum = c.begindatum() != null ? c.begindatum() : LocalDate.now(CDI.current().select(Clock.class).get());
            if (c.einddatum() != null && !c.einddatum().isAfter(begindatum)) {
                valid = fout(context, "einddatum", "moet na de begindatum (" + begindatum + ") liggen");
            }
            if (c.partnerId() != null && !c.partnerId().isBlank() && c.partnerId().length() <= 64
                    && CDI.current().select(EntityManager.class).get().find(Partner.class, c.partnerId()) == null) {
                valid = fout(context, "partnerId", "onbekende partner");
            }
            return valid;
        }

        private static boolean fout(ConstraintValidatorContext context, String veld, String reden) {
            context.buildConstraintViolationWithTemplate(reden).addPropertyNode(veld).addConstraintViolation();
            return false;
        }
    }
}
