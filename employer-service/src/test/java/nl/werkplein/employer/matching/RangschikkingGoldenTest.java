package nl.werkplein.employer.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pins the order, the scores and the reasons of the ranking for crafted candidates (plain JUnit). */
class RangschikkingGoldenTest {

    static final LocalDate VANDAAG = LocalDate.of(2026, 3, 2);
    static final String POOL = "BEMIDDELBAAR";

    static UUID id(int n) {
        return UUID.fromString("00000000-0000-0000-0000-%012d".formatted(n));
    }

    static KandidaatProfiel kandidaat(int n, String pool, Situatie situatie, boolean beschikbaar, List<String> wensen, List<String> ervaring,
                                      List<String> vaardigheden, Opleidingsniveau niveau, Integer uren, List<String> regio,
                                      String postcode4, LocalDate per) {
        return new KandidaatProfiel(id(n), pool, situatie, beschikbaar, wensen, ervaring, vaardigheden, niveau, uren, regio, postcode4, per);
    }

    static final VacatureProfiel VERKOPER = new VacatureProfiel(UUID.randomUUID(), POOL, VacatureSoort.BAAN, "5223", "9712", 24,
            Opleidingsniveau.MBO2, List.of("kassa", "klantvriendelijk"), "Verkoper supermarkt", false);

    static KandidatenIndex index() {
        KandidatenIndex index = new KandidatenIndex(4);
        // A: everything fits
        index.zet(kandidaat(1, POOL, Situatie.ZELFDOENER, true, List.of("5223"), List.of(), List.of("kassa", "klantvriendelijk"),
                Opleidingsniveau.MBO2, 24, List.of("97"), "9711", null));
        // B: same minor group, one skill, 8 hours more, higher level
        index.zet(kandidaat(2, POOL, Situatie.ZELFDOENER, true, List.of("5221"), List.of(), List.of("kassa", "heftruck"),
                Opleidingsniveau.MBO3, 32, List.of("97", "93"), "9301", null));
        // C: the occupation from experience, no skills, one level below, lives in the area, available in 10 days
        index.zet(kandidaat(3, POOL, Situatie.KO_BEPERKTE_STEUN, true, List.of(), List.of("5223"), List.of(),
                Opleidingsniveau.MBO1, 24, List.of(), "9714", VANDAAG.plusDays(10)));
        // D: fits like A, but still in diagnosis
        index.zet(kandidaat(4, POOL, Situatie.KO_DIAGNOSE, true, List.of("5223"), List.of(), List.of("klantvriendelijk", "kassa"),
                Opleidingsniveau.MBO2, 24, List.of("97"), "9712", null));
        // E: another pool; F: not available (placed, left, found work)
        index.zet(kandidaat(5, "SW", Situatie.SW, true, List.of("5223"), List.of(), List.of("kassa"), Opleidingsniveau.MBO2, 24, List.of("97"), "9712", null));
        index.zet(kandidaat(6, POOL, Situatie.ZELFDOENER, false, List.of("5223"), List.of(), List.of("kassa"), Opleidingsniveau.MBO2, 24, List.of("97"), "9712", null));
        // G and H: nothing fits but the situation; identical, so the smaller klantId goes first
        index.zet(kandidaat(8, POOL, Situatie.ZELFDOENER, true, List.of("7112"), List.of(), List.of(), null, null, List.of("10"), "1011", null));
        index.zet(kandidaat(7, POOL, Situatie.ZELFDOENER, true, List.of("7112"), List.of(), List.of(), null, null, List.of("10"), "1011", null));
        return index;
    }

    @Test
    void volgordeScoresEnRedenenLiggenVast() {
        List<Match> lijst = new Rangschikking(Matchregels.standaard()).rangschik(index(), VERKOPER, VANDAAG, 10, Set.of());

        assertEquals(List.of(id(1), id(4), id(2), id(3), id(7), id(8)), lijst.stream().map(Match::klantId).toList());
        assertEquals(List.of(100, 85, 78, 78, 25, 25), lijst.stream().map(Match::score).toList());

        assertEquals(List.of(
                "BEROEP 30/30: zelfde beroep 5223 (wens)",
                "VAARDIGHEDEN 15/15: 2 van 2 gevraagde vaardigheden: kassa, klantvriendelijk",
                "OPLEIDING 10/10: MBO2 bij gevraagd MBO2",
                "UREN 10/10: 24 uur gewenst bij 24 uur per week",
                "REGIO 15/15: postcodegebied 97 in de werkregio",
                "BESCHIKBAARHEID 5/5: direct beschikbaar",
                "SITUATIE 15/15: bemiddelbaar (zelfdoener)"), lijst.get(0).redenen());
        assertEquals("SITUATIE 0/15: Klantondersteuning: werkintake of nadere diagnose loopt nog", lijst.get(1).redenen().get(6));
        assertEquals(List.of(
                "BEROEP 20/30: zelfde beroepsgroep 522 (wens 5221)",
                "VAARDIGHEDEN 8/15: 1 van 2 gevraagde vaardigheden: kassa",
                "OPLEIDING 10/10: MBO3 bij gevraagd MBO2",
                "UREN 5/10: 32 uur gewenst bij 24 uur per week",
                "REGIO 15/15: postcodegebied 97 in de werkregio",
                "BESCHIKBAARHEID 5/5: direct beschikbaar",
                "SITUATIE 15/15: bemiddelbaar (zelfdoener)"), lijst.get(2).redenen());
        assertEquals(List.of(
                "BEROEP 30/30: zelfde beroep 5223 (ervaring)",
                "VAARDIGHEDEN 0/15: 0 van 2 gevraagde vaardigheden",
                "OPLEIDING 5/10: MBO1 bij gevraagd MBO2",
                "UREN 10/10: 24 uur gewenst bij 24 uur per week",
                "REGIO 15/15: woont in postcodegebied 97",
                "BESCHIKBAARHEID 3/5: beschikbaar per 2026-03-12",
                "SITUATIE 15/15: kan werken met beperkte steun (werkintake)"), lijst.get(3).redenen());
        assertEquals(List.of(
                "BEROEP 0/30: geen beroep in hoofdgroep 5",
                "VAARDIGHEDEN 0/15: 0 van 2 gevraagde vaardigheden",
                "OPLEIDING 0/10: opleidingsniveau onbekend",
                "UREN 5/10: uren onbekend",
                "REGIO 0/15: postcodegebied 97 buiten de werkregio [10]",
                "BESCHIKBAARHEID 5/5: direct beschikbaar",
                "SITUATIE 15/15: bemiddelbaar (zelfdoener)"), lijst.get(4).redenen());
    }

    @Test
    void eenWerkleerplekPastBijFase2EnSwErsTussenDetacheringen() {
        VacatureProfiel werkleerplek = new VacatureProfiel(UUID.randomUUID(), "KLANTONDERSTEUNING", VacatureSoort.WERKLEERPLEK, "9321",
                "9723", 20, null, List.of(), "Werkleerplek magazijn", false);
        KandidatenIndex index = new KandidatenIndex();
        for (int n = 1; n <= 4; n++) {
            Situatie s = switch (n) {
                case 1 -> Situatie.KO_DIAGNOSE;
                case 2 -> Situatie.ZELFDOENER;
                case 3 -> Situatie.SW;
                default -> Situatie.KO_WERKLEERPLEK;
            };
            index.zet(kandidaat(n, "KLANTONDERSTEUNING", s, true, List.of("9321"), List.of(), List.of(), null, 20, List.of("97"), "9723", null));
        }
        List<Match> lijst = new Rangschikking(Matchregels.standaard()).rangschik(index, werkleerplek, VANDAAG, 10, null);

        assertEquals(List.of(id(3), id(4), id(2), id(1)), lijst.stream().map(Match::klantId).toList());
        assertEquals("SITUATIE 15/15: SW'er tussen twee detacheringen", lijst.get(0).redenen().get(6));
        assertEquals("SITUATIE 15/15: Klantondersteuning fase 2: werkleerplek", lijst.get(1).redenen().get(6));
        assertEquals("SITUATIE 8/15: bemiddelbaar: de werkleerplek houdt werkfit", lijst.get(2).redenen().get(6));
        assertEquals("SITUATIE 4/15: Klantondersteuning: werkintake of nadere diagnose loopt nog", lijst.get(3).redenen().get(6));
    }

    @Test
    void afgewezenKandidatenVallenAfEnDeLijstIsBegrensd() {
        List<Match> lijst = new Rangschikking(Matchregels.standaard()).rangschik(index(), VERKOPER, VANDAAG, 2, Set.of(id(1)));
        assertEquals(List.of(id(4), id(2)), lijst.stream().map(Match::klantId).toList());
    }

    @Test
    void eenGewijzigdeKandidaatVervangtZichzelfEnVerwijderenHaaltWeg() {
        KandidatenIndex index = index();
        index.zet(kandidaat(7, POOL, Situatie.ZELFDOENER, true, List.of("5223"), List.of(), List.of("kassa", "klantvriendelijk"),
                Opleidingsniveau.MBO2, 24, List.of("97"), "9711", null));
        index.verwijder(id(1));
        List<Match> lijst = new Rangschikking(Matchregels.standaard()).rangschik(index, VERKOPER, VANDAAG, 3, Set.of());
        assertEquals(List.of(id(7), id(4), id(2)), lijst.stream().map(Match::klantId).toList());
        assertEquals(7, index.aantal());
    }

    @Test
    void gewichtenKomenUitDeRegels() {
        // only the region counts: everyone in area 97 scores 100, the rest 0
        Matchregels alleenRegio = new Matchregels(0, 0, 0, 0, 1, 0, 0, 4, 28);
        List<Match> lijst = new Rangschikking(alleenRegio).rangschik(index(), VERKOPER, VANDAAG, 10, Set.of());
        assertEquals(List.of(100, 100, 100, 100, 0, 0), lijst.stream().map(Match::score).toList());
        assertEquals(List.of(id(1), id(2), id(3), id(4)), lijst.subList(0, 4).stream().map(Match::klantId).toList());
    }

    @Test
    void vaardighedenUitDeTekstVanDeVacatureTellenMee() {
        VacatureProfiel tekst = new VacatureProfiel(UUID.randomUUID(), POOL, VacatureSoort.BAAN, "5223", "9712", 24,
                Opleidingsniveau.MBO2, List.of(), "Verkoper met ervaring aan de kassa, heftruck rijden is een pré", false);
        List<Match> lijst = new Rangschikking(Matchregels.standaard()).rangschik(index(), tekst, VANDAAG, 10, Set.of());
        Match b = lijst.stream().filter(m -> m.klantId().equals(id(2))).findFirst().orElseThrow();
        assertEquals("VAARDIGHEDEN 15/15: 2 van 2 gevraagde vaardigheden: kassa, heftruck", b.redenen().get(1));
        assertTrue(lijst.get(0).score() >= b.score());
    }
}
