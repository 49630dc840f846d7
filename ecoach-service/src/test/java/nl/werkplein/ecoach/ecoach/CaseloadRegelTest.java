package nl.werkplein.ecoach.ecoach;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CaseloadRegelTest {

    static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    static final UUID C = UUID.fromString("f0000000-0000-4000-8000-00000000000c");

    @Test
    void deEcoachMetDeMinsteActieveKlantenKrijgtDeKlant() {
        assertEquals(Optional.of(B), CaseloadRegel.kies(List.of(
                new CaseloadRegel.Kandidaat(A, 5, 100), new CaseloadRegel.Kandidaat(B, 4, 100), new CaseloadRegel.Kandidaat(C, 6, 100))));
    }

    @Test
    void gelijkeStandGaatNaarHetLaagsteIdAlsTekst() {
        // C's most significant bit is set: as a signed long it would sort first, as text (PostgreSQL's order) last
        assertEquals(Optional.of(A), CaseloadRegel.kies(List.of(
                new CaseloadRegel.Kandidaat(C, 3, 100), new CaseloadRegel.Kandidaat(B, 3, 100), new CaseloadRegel.Kandidaat(A, 3, 100))));
    }

    @Test
    void wieVolZitKomtAchterWieNogRuimteHeeft() {
        assertEquals(Optional.of(B), CaseloadRegel.kies(List.of(
                new CaseloadRegel.Kandidaat(A, 10, 10), new CaseloadRegel.Kandidaat(B, 30, 50))));
        // everyone full: the least loaded still gets the client, nobody is left without an e-coach
        assertEquals(Optional.of(A), CaseloadRegel.kies(List.of(
                new CaseloadRegel.Kandidaat(A, 10, 10), new CaseloadRegel.Kandidaat(B, 30, 20))));
    }

    @Test
    void zonderEcoachIsErNiemandTeKiezen() {
        assertEquals(Optional.empty(), CaseloadRegel.kies(List.of()));
    }

    @Test
    void dertigKlantenOverDrieEcoachesGevenTienElk() {
        Map<UUID, Long> stand = new HashMap<>(Map.of(A, 0L, B, 0L, C, 0L));
        List<UUID> volgorde = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            List<CaseloadRegel.Kandidaat> kandidaten = stand.entrySet().stream()
                    .map(e -> new CaseloadRegel.Kandidaat(e.getKey(), e.getValue(), 150)).toList();
            UUID gekozen = CaseloadRegel.kies(kandidaten).orElseThrow();
            stand.merge(gekozen, 1L, Long::sum);
            volgorde.add(gekozen);
        }
        assertEquals(Map.of(A, 10L, B, 10L, C, 10L), stand);
        assertEquals(List.of(A, B, C), volgorde.subList(0, 3));
    }
}
