package nl.werkplein.intake.bestandsklant;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class BestandsklantResourceTest {

    @Test
    void vijfduizendRijenMetZevenFouteWordenRijVoorRijBeoordeeld() {
        List<Map<String, Object>> rijen = new ArrayList<>();
        Set<Integer> fout = Set.of(3, 250, 999, 1000, 2500, 4321, 5000); // row numbers, from 1
        for (int rij = 1; rij <= 5000; rij++) {
            Map<String, Object> r = new HashMap<>(Map.of("bsn", TestBsn.volgende(), "geboortedatum", "1970-01-15",
                    "email", "bestand" + rij + "@example.nl", "postcode", "9742AB", "regeling", rij % 10 == 0 ? "WSW" : "WWB"));
            if (rij % 7 == 0) {
                r.put("lopendTrajectTot", "2027-01-31");
            }
            if (fout.contains(rij)) {
                switch (rij % 4) {
                    case 0 -> r.put("bsn", "123456789");
                    case 1 -> r.put("regeling", "AOW");
                    case 2 -> r.put("geboortedatum", "15-01-1970");
                    default -> r.put("postcode", "ABCD12");
                }
            }
            rijen.add(r);
        }
        given().auth().oauth2(Tokens.voor("consulent")).contentType(ContentType.JSON).body(rijen)
                .post("/api/v1/bestandsklanten")
                .then().statusCode(200)
                .body("geaccepteerd", equalTo(4993))
                .body("nieuwGeregistreerd", equalTo(4993))
                .body("afgewezen", hasSize(7))
                .body("afgewezen.rij", contains(3, 250, 999, 1000, 2500, 4321, 5000))
                .body(not(containsString("123456789")));

        // the same file again registers nobody twice
        given().auth().oauth2(Tokens.voor("beheer")).contentType(ContentType.JSON).body(rijen)
                .post("/api/v1/bestandsklanten")
                .then().statusCode(200).body("geaccepteerd", equalTo(4993)).body("nieuwGeregistreerd", equalTo(0));
    }

    @Test
    void csvMetKopregelEnEenBekendeBsnHoudtZijnKlantId() {
        String bsn = TestBsn.volgende();
        String klantId = given().auth().oauth2(Tokens.voor("portaal")).contentType(ContentType.JSON)
                .body(Map.of("bsn", bsn, "geboortedatum", "1980-04-01", "email", "a@example.nl", "postcode", "9731AB"))
                .post("/api/v1/aanvragen").then().statusCode(201).extract().path("klantId");
        String csv = "bsn;geboortedatum;email;postcode;regeling;lopendTrajectTot\n"
                + bsn + ";1980-04-01;a@example.nl;9731AB;WWB;\n"
                + "999999990;1960-05-05;;9999ZZ;WSW;2026-12-31\n"
                + "12;1960-05-05;;;WSW;\n";
        given().auth().oauth2(Tokens.voor("consulent")).contentType("text/csv").body(csv)
                .post("/api/v1/bestandsklanten")
                .then().statusCode(200)
                .body("geaccepteerd", equalTo(2))
                .body("afgewezen.rij", contains(3))
                .body("afgewezen[0].reden", containsString("bsn"));
        var events = KafkaTestClient.await("werkplein.intake.aanvragen.v1",
                r -> r.key().equals(klantId) && r.value().contains("bestandsklant-geregistreerd"), Duration.ofSeconds(30));
        assertEquals(1, events.size(), "the known BSN kept its klantId");
        given().auth().oauth2(Tokens.voor("consulent")).contentType("text/csv").body("naam,adres\nx,y\n")
                .post("/api/v1/bestandsklanten").then().statusCode(400);
        given().auth().oauth2(Tokens.voor("kcc")).contentType("text/csv").body(csv)
                .post("/api/v1/bestandsklanten").then().statusCode(403);
    }
}
