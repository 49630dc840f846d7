package nl.werkplein.intake.besluit;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.intake.aanvraag.Stappen;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Point 4 of issue 13: the gate is a judgment, recorded with its evidence (domain.md 1.10). */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class BesluitPoortTest {

    static io.restassured.response.ValidatableResponse besluit(String id, Map<String, Object> body) {
        return given().auth().oauth2(Tokens.voor("rechtmatigheid", "beoordelaar-3")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/aanvragen/" + id + "/besluit").then();
    }

    static void verifieer(String id, String soort) {
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("nagekomen", true))
                .put("/api/v1/aanvragen/" + id + "/verplichtingen/" + soort).then().statusCode(200);
    }

    @Test
    void hetBesluitToontDeGeregistreerdeStandEnEenAfwijkendOordeelVraagtEenReden() {
        String id = Stappen.inGesprek(Stappen.aanvraag(TestBsn.volgende()));
        verifieer(id, "CV");
        verifieer(id, "UWV_INSCHRIJVING");
        // three of four are not all: "nagekomen" differs from the tracked state
        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", true)).statusCode(400)
                .contentType("application/problem+json")
                .body("invalidParams.name", equalTo(java.util.List.of("reden")))
                .body("invalidParams[0].reason", containsString("ENTREEVRAGENLIJST"));
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                .body("status", equalTo("GESPREK_GEPLAND")).body("besluit", nullValue());

        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", true, "reden", "sollicitaties in het gesprek getoond"))
                .statusCode(200)
                .body("status", equalTo("TOEGEKEND"))
                .body("besluit.uitkomst", equalTo("TOEGEKEND"))
                .body("besluit.verplichtingenNagekomen", equalTo(true))
                .body("besluit.afwijkend", equalTo(true))
                .body("besluit.door", equalTo("beoordelaar-3"))
                .body("besluit.verplichtingen", hasSize(4))
                .body("besluit.verplichtingen.find { it.soort == 'CV' }.nagekomen", equalTo(true))
                .body("besluit.verplichtingen.find { it.soort == 'SOLLICITATIES' }.nagekomen", equalTo(false))
                .body("besluit.verplichtingen.find { it.soort == 'ENTREEVRAGENLIJST' }.nagekomen", equalTo(false));
    }

    @Test
    void eenOordeelGelijkAanDeStandHeeftGeenRedenNodig() {
        String id = Stappen.inGesprek(Stappen.aanvraag(TestBsn.volgende()));
        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false)).statusCode(200)
                .body("besluit.afwijkend", equalTo(false)).body("besluit.reden", nullValue());
    }

    @Test
    void eenJongereZonderStartkwalificatieWordtPasToegekendNaDeUitzondering() {
        Map<String, Object> body = Stappen.aanvraag(TestBsn.volgende());
        body.put("geboortedatum", Stappen.vandaag().minusYears(20).toString());
        body.put("meldingUwvDatum", Stappen.vandaag().minusDays(40).toString());
        body.put("startkwalificatie", false);
        String id = Stappen.inGesprek(body);
        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false)).statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("startkwalificatie-uitzondering"));
        given().auth().oauth2(Tokens.voor("rechtmatigheid")).contentType(ContentType.JSON).body(Map.of("toelichting", "x"))
                .put("/api/v1/aanvragen/" + id + "/startkwalificatie-uitzondering").then().statusCode(403);
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON)
                .body(Map.of("toelichting", "mantelzorg voor een ouder; verklaring wijkteam gezien"))
                .put("/api/v1/aanvragen/" + id + "/startkwalificatie-uitzondering").then().statusCode(200);
        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false)).statusCode(200)
                .body("status", equalTo("TOEGEKEND"));
        // decided: the exception can no longer be changed
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(Map.of("toelichting", "anders"))
                .put("/api/v1/aanvragen/" + id + "/startkwalificatie-uitzondering").then().statusCode(409)
                .body("detail", containsString("TOEGEKEND"));
    }

    @Test
    void startkwalificatieIsVerplichtOnderDe27EnWordtNooitAangenomen() {
        Map<String, Object> jong = Stappen.aanvraag(TestBsn.volgende());
        jong.put("geboortedatum", Stappen.vandaag().minusYears(20).toString());
        jong.put("meldingUwvDatum", Stappen.vandaag().toString());
        jong.remove("startkwalificatie");
        given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON).body(jong).post("/api/v1/aanvragen")
                .then().statusCode(400).contentType("application/problem+json")
                .body("invalidParams.name", equalTo(java.util.List.of("startkwalificatie")));

        Map<String, Object> ouder = Stappen.aanvraag(TestBsn.volgende());
        ouder.remove("startkwalificatie");
        String id = Stappen.indienen(ouder);
        given().auth().oauth2(Tokens.voor("consulent")).get("/api/v1/aanvragen/" + id).then()
                .body("startkwalificatie", nullValue()).body("adviesTerugNaarSchool", equalTo(false));
        var ingediend = Stappen.events(id, nl.werkplein.intake.aanvraag.AanvraagEvents.INGEDIEND, 1);
        org.junit.jupiter.api.Assertions.assertNull(ingediend.get(0).get("data.startkwalificatie"), "unknown is left out, never false");
    }

    @Test
    void rollenEnStatus() {
        String id = Stappen.indienen(Stappen.aanvraag(TestBsn.volgende()));
        for (String rol : new String[]{"consulent", "kcc", "klant"}) {
            given().auth().oauth2(rol.equals("klant") ? Tokens.klant(UUID.fromString(Stappen.klantId(id))) : Tokens.voor(rol))
                    .contentType(ContentType.JSON).body(Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false))
                    .post("/api/v1/aanvragen/" + id + "/besluit").then().statusCode(403);
        }
        besluit(id, Map.of("uitkomst", "TOEGEKEND", "verplichtingenNagekomen", false)).statusCode(409)
                .body("detail", containsString("INGEDIEND"));
        besluit(id, Map.of("uitkomst", "MISSCHIEN")).statusCode(400)
                .body("invalidParams.name", hasItem("uitkomst")).body("invalidParams.name", not(hasItem("reden")));
    }
}
