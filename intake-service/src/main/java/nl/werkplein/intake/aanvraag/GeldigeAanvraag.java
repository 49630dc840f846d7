package nl.werkplein.intake.aanvraag;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import nl.werkplein.intake.zoekperiode.ZoekperiodeConfig;
import nl.werkplein.intake.zoekperiode.ZoekperiodeRegels;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The rules of an aanvraag that span fields, reported with the field errors in one 400: dates not in
 * the future, the UWV melding and the startkwalificatie for a jongere, the postcode or (for SPREEKUUR) a briefadres.
 */
@Documented
@Constraint(validatedBy = GeldigeAanvraag.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface GeldigeAanvraag {
    String message() default "ongeldige aanvraag";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<GeldigeAanvraag, AanvraagRequest> {

        @Override
        public boolean isValid(AanvraagRequest a, ConstraintValidatorContext context) {
            if (a == null) {
                return true;
            }
            // looked up per call: validators are built before configuration mappings are available
            Clock clock = CDI.current().select(Clock.class).get();
            ZoekperiodeConfig config = CDI.current().select(ZoekperiodeConfig.class).get();
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            LocalDate vandaag = LocalDate.now(clock);
            LocalDate aanvraagdatum = a.aanvraagdatum() == null ? vandaag : a.aanvraagdatum();
            if (aanvraagdatum.isAfter(vandaag)) {
                valid = fout(context, "aanvraagdatum", "mag niet in de toekomst liggen");
            }
            if (a.meldingUwvDatum() != null && a.meldingUwvDatum().isAfter(vandaag)) {
                valid = fout(context, "meldingUwvDatum", "mag niet in de toekomst liggen");
            }
            boolean jongere = a.geboortedatum() != null && !a.geboortedatum().isAfter(aanvraagdatum)
                    && new ZoekperiodeRegels(config.duur(), config.leeftijdsgrens()).isJongere(a.geboortedatum(), aanvraagdatum);
            if (jongere && a.meldingUwvDatum() == null) {
                valid = fout(context, "meldingUwvDatum", "is verplicht onder de " + config.leeftijdsgrens() + " jaar");
            }
            if (jongere && a.startkwalificatie() == null) {
                // unknown is not none (domain.md 1.10): without it "terug naar school" cannot be judged
                valid = fout(context, "startkwalificatie", "is verplicht onder de " + config.leeftijdsgrens() + " jaar (true of false)");
            }
            if (a.geboortedatum() != null && a.geboortedatum().isBefore(vandaag) && a.geboortedatum().isAfter(aanvraagdatum)) {
                valid = fout(context, "geboortedatum", "ligt na de aanvraagdatum");
            }
            boolean spreekuur = a.kanaalOfStandaard() == Kanaal.SPREEKUUR;
            if (a.postcode() == null || a.postcode().isBlank()) {
                if (!spreekuur) {
                    valid = fout(context, "postcode", "is verplicht, behalve bij kanaal SPREEKUUR met een briefadres");
                } else if (a.briefadres() == null || a.briefadres().isBlank()) {
                    valid = fout(context, "briefadres", "is verplicht bij kanaal SPREEKUUR zonder postcode");
                }
            }
            return valid;
        }

        private static boolean fout(ConstraintValidatorContext context, String veld, String reden) {
            context.buildConstraintViolationWithTemplate(reden).addPropertyNode(veld).addConstraintViolation();
            return false;
        }
    }
}
