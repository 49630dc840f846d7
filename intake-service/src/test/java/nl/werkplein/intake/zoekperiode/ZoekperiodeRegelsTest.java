package nl.werkplein.intake.zoekperiode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.Period;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ZoekperiodeRegelsTest {

    final ZoekperiodeRegels regels = new ZoekperiodeRegels(Period.ofWeeks(4), 27);

    @ParameterizedTest(name = "geboren {0}, aanvraag {1}: {2} jaar")
    @CsvSource({
            "1999-03-10, 2026-03-10, 27",   // the 27th birthday on the aanvraagdatum
            "1999-03-10, 2026-03-09, 26",   // the day before
            "2000-02-29, 2027-02-28, 26",   // born on 29 February: not yet 27 on 28 February
            "2000-02-29, 2027-03-01, 27",   // 27 on 1 March in a non-leap year
            "2000-02-29, 2028-02-29, 28"})
    void leeftijdInHeleJaren(LocalDate geboren, LocalDate aanvraag, int leeftijd) {
        assertEquals(leeftijd, ZoekperiodeRegels.leeftijd(geboren, aanvraag));
    }

    @Test
    void zoekperiodeVan27PlusBegintOpAanvraagdatum() {
        Zoekperiode z = regels.bepaal(LocalDate.of(1999, 3, 10), LocalDate.of(2026, 3, 10), null, false);
        assertFalse(z.jongere());
        assertEquals(LocalDate.of(2026, 3, 10), z.begindatum());
        assertEquals(LocalDate.of(2026, 4, 7), z.einddatum());
        assertEquals(LocalDate.of(2026, 3, 10), z.ingangsdatumUitkering(), "a benefit runs from the aanvraagdatum");
        assertEquals(Zoekperiode.Inspanning.WERK, z.inspanning());
        assertFalse(z.adviesTerugNaarSchool(), "no back-to-school advice from 27 on");
    }

    @Test
    void jongereBegintBijDeMeldingEnKrijgtPasNaDeZoekperiodeEenUitkering() {
        Zoekperiode z = regels.bepaal(LocalDate.of(1999, 3, 11), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 2), true);
        assertTrue(z.jongere());
        assertEquals(26, z.leeftijd());
        assertEquals(LocalDate.of(2026, 3, 2), z.begindatum());
        assertEquals(LocalDate.of(2026, 3, 30), z.einddatum());
        assertEquals(LocalDate.of(2026, 3, 30), z.ingangsdatumUitkering(), "not before the zoekperiode is over");
        assertEquals(Zoekperiode.Inspanning.WERK_EN_OPLEIDING, z.inspanning());
        assertFalse(z.adviesTerugNaarSchool(), "has a startkwalificatie");
    }

    @Test
    void jongereZonderStartkwalificatieKrijgtAdviesTerugNaarSchool() {
        assertTrue(regels.bepaal(LocalDate.of(2005, 1, 1), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1), false)
                .adviesTerugNaarSchool());
    }

    @Test
    void aanvraagLangNaDeMeldingBegintDeUitkeringOpDeAanvraagdatum() {
        Zoekperiode z = regels.bepaal(LocalDate.of(2004, 6, 1), LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1), true);
        assertEquals(LocalDate.of(2026, 1, 29), z.einddatum());
        assertEquals(LocalDate.of(2026, 6, 1), z.ingangsdatumUitkering(), "the later of aanvraagdatum and einddatum");
    }

    @Test
    void deDuurEnDeLeeftijdsgrensZijnBeleid() {
        ZoekperiodeRegels anders = new ZoekperiodeRegels(Period.ofWeeks(6), 30);
        Zoekperiode z = anders.bepaal(LocalDate.of(1998, 1, 1), LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 1), true);
        assertTrue(z.jongere(), "28 is young under a limit of 30");
        assertEquals(LocalDate.of(2026, 4, 12), z.einddatum());
    }

    @Test
    void jongereZonderMeldingKanGeenZoekperiodeKrijgen() {
        assertThrows(IllegalArgumentException.class,
                () -> regels.bepaal(LocalDate.of(2005, 1, 1), LocalDate.of(2026, 3, 10), null, true));
    }
}
