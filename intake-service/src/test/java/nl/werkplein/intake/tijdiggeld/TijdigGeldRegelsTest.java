package nl.werkplein.intake.tijdiggeld;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** domain.md 1.9 at the edges: the advance point, the decision limit, the warning margin. */
class TijdigGeldRegelsTest {

    private final TijdigGeldRegels regels = new TijdigGeldRegels(Period.ofWeeks(4), Period.ofWeeks(8), Period.ofWeeks(1));
    private static final LocalDate AANVRAAG = LocalDate.of(2026, 3, 2);
    private static final LocalDate COMPLEET = LocalDate.of(2026, 3, 4);

    @Test
    void voorschotVierWekenNaCompleetEnBeslistermijnAchtWekenNaDeAanvraag() {
        assertEquals(LocalDate.of(2026, 4, 1), regels.voorschotMogelijkVanaf(COMPLEET));
        assertEquals(LocalDate.of(2026, 4, 27), regels.beslistermijn(AANVRAAG));
        assertNull(regels.voorschotMogelijkVanaf(null), "not complete: no advance point yet");
    }

    @Test
    void geenSignaalVoorDeWaarschuwingstermijn() {
        assertEquals(Set.of(), regels.signalen(LocalDate.of(2026, 3, 24), AANVRAAG, COMPLEET, false));
    }

    @Test
    void voorschotNadertEenWeekErvoorEnIsMogelijkOpDeDagZelf() {
        assertEquals(Set.of(), regels.signalen(LocalDate.of(2026, 3, 24), AANVRAAG, COMPLEET, false));
        assertEquals(Set.of(TermijnSignaal.VOORSCHOT_NADERT), regels.signalen(LocalDate.of(2026, 3, 25), AANVRAAG, COMPLEET, false));
        assertEquals(Set.of(TermijnSignaal.VOORSCHOT_NADERT), regels.signalen(LocalDate.of(2026, 3, 31), AANVRAAG, COMPLEET, false));
        assertEquals(Set.of(TermijnSignaal.VOORSCHOT_MOGELIJK), regels.signalen(LocalDate.of(2026, 4, 1), AANVRAAG, COMPLEET, false));
    }

    @Test
    void eenVastgelegdVoorschotOfEenOnvolledigeAanvraagGeeftGeenVoorschotsignaal() {
        assertEquals(Set.of(), regels.signalen(LocalDate.of(2026, 4, 1), AANVRAAG, COMPLEET, true));
        assertEquals(Set.of(), regels.signalen(LocalDate.of(2026, 4, 1), AANVRAAG, null, false));
    }

    @Test
    void beslistermijnNadertEenWeekErvoorEnIsVerstrekenDeDagErna() {
        assertEquals(Set.of(TermijnSignaal.BESLISTERMIJN_NADERT), regels.signalen(LocalDate.of(2026, 4, 20), AANVRAAG, COMPLEET, true));
        assertEquals(Set.of(), regels.signalen(LocalDate.of(2026, 4, 19), AANVRAAG, COMPLEET, true));
        assertEquals(Set.of(TermijnSignaal.BESLISTERMIJN_NADERT), regels.signalen(LocalDate.of(2026, 4, 27), AANVRAAG, COMPLEET, true),
                "the last day is still in time");
        assertEquals(Set.of(TermijnSignaal.BESLISTERMIJN_VERSTREKEN), regels.signalen(LocalDate.of(2026, 4, 28), AANVRAAG, COMPLEET, true));
        assertEquals(Set.of(TermijnSignaal.BESLISTERMIJN_VERSTREKEN, TermijnSignaal.VOORSCHOT_MOGELIJK),
                regels.signalen(LocalDate.of(2026, 4, 28), AANVRAAG, COMPLEET, false));
    }

    @Test
    void deGetallenKomenUitDeConfiguratie() {
        TijdigGeldRegels anders = new TijdigGeldRegels(Period.ofWeeks(2), Period.ofWeeks(6), Period.ofDays(2));
        assertEquals(COMPLEET.plusWeeks(2), anders.voorschotMogelijkVanaf(COMPLEET));
        assertEquals(AANVRAAG.plusWeeks(6), anders.beslistermijn(AANVRAAG));
        assertEquals(Set.of(TermijnSignaal.VOORSCHOT_NADERT), anders.signalen(COMPLEET.plusWeeks(2).minusDays(2), AANVRAAG, COMPLEET, false));
        assertEquals(Set.of(), anders.signalen(COMPLEET.plusWeeks(2).minusDays(3), AANVRAAG, COMPLEET, false));
    }
}
