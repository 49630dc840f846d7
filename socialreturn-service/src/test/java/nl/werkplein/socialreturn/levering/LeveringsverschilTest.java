package nl.werkplein.socialreturn.levering;

import nl.werkplein.socialreturn.vacature.Opleidingsniveau;
import nl.werkplein.socialreturn.vacature.Routering;
import nl.werkplein.socialreturn.vacature.Soort;
import nl.werkplein.socialreturn.vacature.VacatureInvoer;
import nl.werkplein.socialreturn.vacature.VacatureStatus;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The comparison of a delivery with the partner's previous state (api.md, "The weekly delivery"), without Quarkus. */
class LeveringsverschilTest {

    static final UUID CONTRACT = UUID.fromString("00000000-0000-0000-0000-00000000c001");
    static final Routering.Besluit POOL = new Routering.Besluit("BEMIDDELBAAR", "standaardpool van de partner");

    final List<VacatureInvoer> gerouteerd = new ArrayList<>();

    static VacatureInvoer vacature(String referentie, String titel) {
        return new VacatureInvoer(referentie, titel, null, Soort.BAAN, "9333", "9711AB", 32, Opleidingsniveau.MBO2,
                LocalDate.of(2027, 1, 31), false, "Distributiecentrum Noord");
    }

    static Leveringsverschil.Vorige vorige(VacatureInvoer v, VacatureStatus status, UUID contractId) {
        return new Leveringsverschil.Vorige(UUID.nameUUIDFromBytes(v.referentie().getBytes()), v.inhoudHash(), status,
                "KLANTONDERSTEUNING", contractId);
    }

    Leveringsverschil bereken(List<VacatureInvoer> geldig, Set<String> geleverd, Map<String, Leveringsverschil.Vorige> vorige) {
        return Leveringsverschil.bereken(geldig, geleverd, vorige, v -> {
            gerouteerd.add(v);
            return POOL;
        }, UUID::randomUUID);
    }

    @Test
    void eenEersteLeveringIsGeheelNieuwEnWordtEenmaalGerouteerd() {
        VacatureInvoer a = vacature("RS-1", "Magazijnmedewerker");
        VacatureInvoer b = vacature("RS-2", "Chauffeur");
        Leveringsverschil d = bereken(List.of(a, b), Set.of("RS-1", "RS-2"), Map.of());
        assertEquals(List.of(a, b), d.nieuw().stream().map(Leveringsverschil.Nieuw::vacature).toList());
        assertEquals(List.of(a, b), gerouteerd);
        assertEquals(a.inhoudHash(), d.nieuw().get(0).inhoudHash());
        assertEquals("BEMIDDELBAAR", d.nieuw().get(0).besluit().pool());
        assertTrue(d.gewijzigd().isEmpty() && d.ingetrokken().isEmpty());
        assertEquals(0, d.ongewijzigd());
        assertEquals(2, d.events());
    }

    @Test
    void gewijzigdBehoudtIdEnPoolOngewijzigdPubliceertNiets() {
        VacatureInvoer oud = vacature("RS-1", "Magazijnmedewerker");
        VacatureInvoer zelfde = vacature("RS-2", "Chauffeur");
        Map<String, Leveringsverschil.Vorige> vorige = Map.of("RS-1", vorige(oud, VacatureStatus.ACTIEF, null),
                "RS-2", vorige(zelfde, VacatureStatus.ACTIEF, CONTRACT));
        VacatureInvoer nieuweTitel = vacature("RS-1", "Magazijnmedewerker (32 uur)");
        Leveringsverschil d = bereken(List.of(nieuweTitel, zelfde), Set.of("RS-1", "RS-2"), vorige);
        assertEquals(1, d.gewijzigd().size());
        Leveringsverschil.Gewijzigd g = d.gewijzigd().get(0);
        assertEquals(vorige.get("RS-1").id(), g.vorige().id());
        assertEquals("KLANTONDERSTEUNING", g.vorige().pool());
        assertEquals(nieuweTitel.inhoudHash(), g.inhoudHash());
        // a vacancy without a contract gets the running one; one with a contract keeps it
        assertEquals(CONTRACT, g.contractId(CONTRACT));
        assertEquals(1, d.ongewijzigd());
        assertTrue(d.nieuw().isEmpty() && d.ingetrokken().isEmpty() && gerouteerd.isEmpty(), "a known reference is not routed again");
    }

    @Test
    void ontbrekendWordtIngetrokkenAfgewezenBehoudtZijnVersieTeruggekeerdWordtOpnieuwAangeboden() {
        VacatureInvoer weg = vacature("RS-1", "Weg");
        VacatureInvoer afgewezenNu = vacature("RS-2", "Afgewezen in deze levering");
        VacatureInvoer terug = vacature("RS-3", "Terug");
        VacatureInvoer alIngetrokken = vacature("RS-4", "Al eerder ingetrokken");
        Map<String, Leveringsverschil.Vorige> vorige = new HashMap<>();
        vorige.put("RS-1", vorige(weg, VacatureStatus.ACTIEF, null));
        vorige.put("RS-2", vorige(afgewezenNu, VacatureStatus.ACTIEF, null));
        vorige.put("RS-3", vorige(terug, VacatureStatus.INGETROKKEN, null));
        vorige.put("RS-4", vorige(alIngetrokken, VacatureStatus.INGETROKKEN, null));
        // RS-2 is in the delivery but rejected: geleverd, not geldig
        Leveringsverschil d = bereken(List.of(terug), Set.of("RS-2", "RS-3"), vorige);
        assertEquals(List.of("RS-1"), d.ingetrokken().stream().map(Leveringsverschil.Ingetrokken::referentie).toList());
        assertEquals(vorige.get("RS-1").id(), d.ingetrokken().get(0).vorige().id());
        // withdrawn and back with the same content: offered again under its old id
        assertEquals(List.of(vorige.get("RS-3").id()), d.gewijzigd().stream().map(g -> g.vorige().id()).toList());
        assertEquals(0, d.ongewijzigd());
        assertEquals(2, d.events());
    }

    @Test
    void eenLegeLeveringTrektAllesInDatActiefWas() {
        VacatureInvoer a = vacature("RS-1", "A");
        VacatureInvoer b = vacature("RS-2", "B");
        Leveringsverschil d = bereken(List.of(), Set.of(), Map.of("RS-1", vorige(a, VacatureStatus.ACTIEF, null),
                "RS-2", vorige(b, VacatureStatus.INGETROKKEN, null)));
        assertEquals(List.of("RS-1"), d.ingetrokken().stream().map(Leveringsverschil.Ingetrokken::referentie).toList());
        assertEquals(1, d.events());
    }
}
