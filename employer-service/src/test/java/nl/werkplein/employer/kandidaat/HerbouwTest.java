package nl.werkplein.employer.kandidaat;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static nl.werkplein.employer.Gebeurtenissen.aangeboden;
import static nl.werkplein.employer.Gebeurtenissen.doorgeleid;
import static nl.werkplein.employer.Gebeurtenissen.koFase;
import static nl.werkplein.employer.Gebeurtenissen.loonwaarde;
import static nl.werkplein.employer.Gebeurtenissen.profiel;
import static nl.werkplein.employer.Gebeurtenissen.trajectAfgesloten;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebuilding the read model by replaying the client topics from offset 0 gives identical shortlists. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class HerbouwTest {

    static String shortlists(List<UUID> vacatures) {
        StringBuilder alles = new StringBuilder();
        for (UUID v : vacatures) {
            alles.append(given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/vacatures/" + v + "/kandidaten")
                    .then().statusCode(200).extract().jsonPath().getList("kandidaten").toString()).append('\n');
        }
        for (String pool : List.of("BEMIDDELBAAR", "KLANTONDERSTEUNING", "SW")) {
            alles.append(given().auth().oauth2(Tokens.voor("matcher")).queryParam("size", 50).get("/api/v1/pools/" + pool + "/werkvoorraad")
                    .then().statusCode(200).extract().jsonPath().getList("items").toString()).append('\n');
        }
        return alles.toString();
    }

    @Test
    void herbouwdKandidatenbeeldGeeftDezelfdeKandidatenlijsten() {
        String vaardigheid = "vh" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        List<UUID> klanten = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        for (int i = 0; i < klanten.size(); i++) {
            UUID k = klanten.get(i);
            doorgeleid(k, i < 3 ? "ZELFDOENER" : "KLANTONDERSTEUNING", 30 + i, "97" + (10 + i), i == 2 ? "WSW" : "WWB");
            profiel(k, "[\"93" + (20 + i) + "\"]", "[\"" + vaardigheid + "\"]", i % 2 == 0 ? "MBO2" : "VMBO", 16 + 4 * i, "[\"97\"]", "2026-01-01");
        }
        koFase(klanten.get(3), "WERKLEERPLEK", "MET_BEPERKTE_STEUN");
        koFase(klanten.get(4), "CENTRUM_VOOR_WERK", "NADERE_DIAGNOSE");
        loonwaarde(klanten.get(4), 70);
        nl.werkplein.employer.Gebeurtenissen.doelgroepregister(klanten.get(4), true);
        trajectAfgesloten(klanten.get(1), "WERK");
        UUID baan = UUID.randomUUID();
        UUID werkleerplek = UUID.randomUUID();
        aangeboden("BEMIDDELBAAR", baan, "BEMIDDELBAAR", "PARTNER", "H-1", "Magazijn " + vaardigheid, "BAAN", "9321", "9712", 24, OffsetDateTime.now());
        aangeboden("KLANTONDERSTEUNING", werkleerplek, "KLANTONDERSTEUNING", "SOCIAL_RETURN", "H-2", "Werkleerplek " + vaardigheid,
                "WERKLEERPLEK", "9321", "9712", 20, OffsetDateTime.now());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klanten.get(4))
                    .then().statusCode(200).body("onderWml", org.hamcrest.Matchers.equalTo(true))
                    .body("doelgroep", org.hamcrest.Matchers.equalTo("DOELGROEPREGISTER"));
            given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klanten.get(1))
                    .then().body("beschikbaar", org.hamcrest.Matchers.equalTo(false));
            String lijst = shortlists(List.of(baan, werkleerplek));
            assertTrue(lijst.contains(klanten.get(0).toString()) && lijst.contains(klanten.get(3).toString()));
        });
        // let the index settle, then compare
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(30)).until(() -> true);
        String voor = shortlists(List.of(baan, werkleerplek));

        given().auth().oauth2(Tokens.voor("matcher")).post("/api/v1/kandidaten/herbouw").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("beheer")).post("/api/v1/kandidaten/herbouw").then().statusCode(200)
                .body("verwerkt", greaterThan(10)).body("kandidaten", greaterThan(4));

        String na = shortlists(List.of(baan, werkleerplek));
        assertEquals(voor, na);
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/kandidaten/" + klanten.get(4))
                .then().statusCode(200).body("doelgroep", org.hamcrest.Matchers.equalTo("DOELGROEPREGISTER"));
    }
}
