package nl.werkplein.employer.kandidaat;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static nl.werkplein.employer.kandidaat.Levensloop.Soort.UITGESTROOMD;
import static nl.werkplein.employer.kandidaat.Levensloop.Soort.UITKERING_BEEINDIGD;
import static nl.werkplein.employer.kandidaat.Levensloop.Soort.WERK_GEVONDEN;
import static org.junit.jupiter.api.Assertions.assertEquals;

class LevensloopTest {

    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);
    static final UUID A = UUID.randomUUID();
    static final UUID B = UUID.randomUUID();

    static Levensloop.Eindfeit feit(Levensloop.Soort soort, UUID aanvraag, int dag) {
        return new Levensloop.Eindfeit(soort, aanvraag, T0.plusDays(dag));
    }

    @Test
    void hetEindeVanDeHuidigeCyclusTelt() {
        Levensloop.Stand s = Levensloop.stand(new Levensloop.Cyclus(A, T0), List.of(feit(UITKERING_BEEINDIGD, A, 30)));
        assertEquals(new Levensloop.Stand(true, false, false), s);
    }

    @Test
    void eenNieuweCyclusLaatDeFeitenVanDeVorigeAchter() {
        // benefit A ended, left early once, the e-coach closed with WERK: all before the new doorgeleid (aanvraag B)
        List<Levensloop.Eindfeit> oud = List.of(feit(UITKERING_BEEINDIGD, A, 30), feit(WERK_GEVONDEN, null, 29), feit(UITGESTROOMD, A, 31));
        assertEquals(new Levensloop.Stand(false, false, false), Levensloop.stand(new Levensloop.Cyclus(B, T0.plusDays(60)), oud));
        // the existing caseload's doorgeleid carries no aanvraag: the time decides
        assertEquals(new Levensloop.Stand(false, false, false), Levensloop.stand(new Levensloop.Cyclus(null, T0.plusDays(60)), oud));
    }

    @Test
    void deVolgordeVanAankomstDoetNietsTer() {
        List<Levensloop.Eindfeit> feiten = new ArrayList<>(List.of(feit(UITKERING_BEEINDIGD, A, 30), feit(WERK_GEVONDEN, null, 70),
                feit(UITKERING_BEEINDIGD, B, 90)));
        Levensloop.Cyclus cyclusB = new Levensloop.Cyclus(B, T0.plusDays(60));
        Levensloop.Stand verwacht = new Levensloop.Stand(true, false, true);
        assertEquals(verwacht, Levensloop.stand(cyclusB, feiten));
        Collections.reverse(feiten);
        assertEquals(verwacht, Levensloop.stand(cyclusB, feiten));
    }

    @Test
    void eenEindeVanDezeCyclusDatVoorDeDoorgeleidingBinnenkomtTeltOok() {
        // intake's uitkering-beeindigd of aanvraag A read before screening's doorgeleid(A): same aanvraag, counts
        Levensloop.Eindfeit vroeg = new Levensloop.Eindfeit(UITKERING_BEEINDIGD, A, T0.minusDays(1));
        assertEquals(new Levensloop.Stand(true, false, false), Levensloop.stand(new Levensloop.Cyclus(A, T0), List.of(vroeg)));
        // not yet routed: every fact counts until a cycle starts
        assertEquals(new Levensloop.Stand(true, false, false), Levensloop.stand(new Levensloop.Cyclus(null, null), List.of(vroeg)));
    }

    @Test
    void eenEindeVanEenAndereAanvraagTeltNietOokAlIsHetLater() {
        // a refused or withdrawn later aanvraag B does not end the running benefit of cycle A
        assertEquals(new Levensloop.Stand(false, false, false),
                Levensloop.stand(new Levensloop.Cyclus(A, T0), List.of(feit(UITGESTROOMD, B, 40))));
    }
}
