package nl.werkplein.ecoach.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.ecoach.ApiClient;
import nl.werkplein.client.ecoach.ApiException;
import nl.werkplein.client.ecoach.ApiResponse;
import nl.werkplein.client.ecoach.api.ECoachesApi;
import nl.werkplein.client.ecoach.api.TrajectenApi;
import nl.werkplein.client.ecoach.api.WerkmappenApi;
import nl.werkplein.client.ecoach.model.Activiteit;
import nl.werkplein.client.ecoach.model.ActiviteitRegistreren;
import nl.werkplein.client.ecoach.model.CaseloadKlant;
import nl.werkplein.client.ecoach.model.Kanaal;
import nl.werkplein.client.ecoach.model.PageCaseloadKlant;
import nl.werkplein.client.ecoach.model.Problem;
import nl.werkplein.client.ecoach.model.Resultaat;
import nl.werkplein.client.ecoach.model.Traject;
import nl.werkplein.client.ecoach.model.TrajectStatus;
import nl.werkplein.ecoach.Neighbours;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.OpenApiDocumentFile;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's view (issue 19): the client generated at build time from the committed document
 * (src/main/openapi/openapi.yaml) reads a routed zelfdoener's trajectory (the Werkmap), registers an
 * activity and reads the e-coach's caseload page with the client on it, against the running service,
 * and reads a problem+json error through its ApiException. Only the generated client talks HTTP here
 * (the routing itself arrives as screening's event on the real broker).
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class EcoachGegenereerdeClientTest {

    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void hetGecommitteDocumentIsWatDeServiceServeert() {
        OpenApiDocumentFile.assertGelijk("/api/v1/openapi.json", Path.of("src/main/openapi/openapi.yaml"));
    }

    @Test
    void hetTrajectVanEenZelfdoenerEnDeCaseloadpaginaVanZijnEcoach() throws ApiException {
        UUID klantId = UUID.randomUUID();
        Neighbours.doorgeleid(klantId, "ZELFDOENER");
        TrajectenApi trajecten = new TrajectenApi(client(Tokens.klant(klantId)));
        AtomicReference<Traject> gevonden = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(30)).ignoreException(ApiException.class)
                .until(() -> { gevonden.set(trajecten.trajectTraject(klantId)); return true; });
        Traject traject = gevonden.get();
        assertEquals(TrajectStatus.ACTIEF, traject.getStatus());
        assertEquals(klantId, traject.getKlantId());
        assertNotNull(traject.getEcoachId());

        LocalDate vandaag = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        ApiResponse<Activiteit> geregistreerd = new WerkmappenApi(client(Tokens.klant(klantId))).werkmapRegistreerWithHttpInfo(klantId,
                new ActiviteitRegistreren().datum(vandaag).werkgever("Bakkerij Noord").functie("Verkoper")
                        .kanaal(Kanaal.VACATURESITE).resultaat(Resultaat.VERSTUURD));
        assertEquals(201, geregistreerd.getStatusCode());
        assertEquals("Bakkerij Noord", geregistreerd.getData().getWerkgever());
        String location = geregistreerd.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/werkmappen/" + klantId + "/activiteiten"), location);
        assertTrue(new WerkmappenApi(client(Tokens.klant(klantId))).werkmapActiviteiten(klantId, 1, 20).getItems().stream()
                .anyMatch(a -> a.getActiviteitId().equals(geregistreerd.getData().getActiviteitId())));

        PageCaseloadKlant caseload = new ECoachesApi(client(Tokens.voor("beheer"))).ecoachCaseload(traject.getEcoachId(), null, 1, 1000);
        CaseloadKlant klant = caseload.getItems().stream().filter(k -> klantId.equals(k.getKlantId())).findFirst()
                .orElseThrow(() -> new AssertionError("not on the caseload page of " + traject.getEcoachId()));
        assertEquals(traject.getTrajectId(), klant.getTrajectId());
        assertEquals(1L, klant.getActiviteiten());
    }

    @Test
    void eenOngeldigeFilterwaardeIsEen400ProblemDatDeClientLeest() throws Exception {
        ApiException e = assertThrows(ApiException.class, () ->
                new ECoachesApi(client(Tokens.voor("beheer"))).ecoachCaseload(UUID.randomUUID(), "misschien", 1, 20));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getInvalidParams().stream().anyMatch(p -> "achterstand".equals(p.getName())), e.getResponseBody());
    }
}
