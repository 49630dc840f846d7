package nl.werkplein.employer.matching;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a vacancy asks, read from its skills and its text (phrases of up to three words). */
class VraagTest {

    static int gevraagd(KandidatenIndex index, List<String> vaardigheden, String tekst) {
        VacatureProfiel v = vacature(vaardigheden, tekst);
        try (Leesbeeld x = index.lees()) {
            Vraag vraag = new Vraag();
            vraag.zet(x, v, LocalDate.of(2026, 3, 2), Matchregels.standaard());
            return vraag.gevraagd;
        }
    }

    @Test
    void bekendeVaardighedenUitDeTekstTellenMeeOokAlsZinnen() {
        KandidatenIndex index = new KandidatenIndex();
        index.zet(new KandidaatProfiel(UUID.randomUUID(), "BEMIDDELBAAR", Situatie.ZELFDOENER, true, List.of(), List.of(),
                List.of("Heftruck  Rijden", "c++", "kassa"), null, null, List.of(), null, null));
        // separators collapse: "heftruck -- rijden" is the phrase "heftruck rijden"; "heftruck" alone is unknown
        assertEquals(2, gevraagd(index, List.of(), "Heftruck -- rijden en C++!"));
        // an asked skill no candidate has still counts as asked; the text does not count kassa twice
        assertEquals(3, gevraagd(index, List.of(" KASSA ", "bakken"), "aan de kassa, heftruck rijden"));
        assertEquals(0, gevraagd(index, List.of(), "   "));
    }

    @Test
    void eenHergebruikteVraagBegintLeeg() {
        KandidatenIndex index = new KandidatenIndex();
        index.zet(new KandidaatProfiel(UUID.randomUUID(), "BEMIDDELBAAR", Situatie.ZELFDOENER, true, List.of(), List.of(),
                List.of("kassa"), null, null, List.of(), null, null));
        Vraag vraag = new Vraag();
        try (Leesbeeld x = index.lees()) {
            vraag.zet(x, vacature(List.of("kassa"), null), LocalDate.of(2026, 3, 2), Matchregels.standaard());
            assertEquals(1, vraag.gevraagd);
            assertEquals(1, vraag.raak(x, 0));
            vraag.zet(x, vacature(List.of(), "schoonmaak"), LocalDate.of(2026, 3, 2), Matchregels.standaard());
            assertEquals(0, vraag.gevraagd);
            assertEquals(0, vraag.raak(x, 0));
        }
    }

    static VacatureProfiel vacature(List<String> vaardigheden, String tekst) {
        return new VacatureProfiel(UUID.randomUUID(), "BEMIDDELBAAR", VacatureSoort.BAAN, "5223", "9712", 24,
                Opleidingsniveau.MBO2, vaardigheden, tekst, false);
    }
}
