package nl.werkplein.screening.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.screening.ApiClient;
import nl.werkplein.client.screening.ApiException;
import nl.werkplein.client.screening.ApiResponse;
import nl.werkplein.client.screening.api.IndelingApi;
import nl.werkplein.client.screening.api.KlantenApi;
import nl.werkplein.client.screening.model.EntreevragenlijstIndienen;
import nl.werkplein.client.screening.model.EntreevragenlijstIndienenAntwoordenValue;
import nl.werkplein.client.screening.model.Lijn;
import nl.werkplein.client.screening.model.Overzicht;
import nl.werkplein.client.screening.model.Problem;
import nl.werkplein.client.screening.model.Resultaat;
import nl.werkplein.client.screening.model.Uitkomst;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.OpenApiDocumentFile;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's view (issue 19): the client generated at build time from the committed document
 * (src/main/openapi/openapi.yaml) submits a client's Entreevragenlijst (typed answers: numbers, yes/no,
 * choices) and reads the outcome back at the Location it is given, against the running service, and
 * reads a problem+json error through its ApiException. Only the generated client talks HTTP here
 * (the client becomes known through intake's event on the real broker).
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class ScreeningGegenereerdeClientTest {

    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static UUID bekendeKlant() {
        UUID klantId = UUID.randomUUID();
        KafkaTestClient.send("werkplein.intake.aanvragen.v1", klantId.toString(), """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:intake-service",
                 "type":"nl.werkplein.intake.aanvraag-ingediend","subject":"%s","datacontenttype":"application/json",
                 "data":{"klantId":"%s","aanvraagId":"%s","leeftijd":40,"postcode4":"9731"}}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), klantId, UUID.randomUUID()));
        KlantenApi klanten = new KlantenApi(client(Tokens.voor("consulent")));
        await().atMost(Duration.ofSeconds(30)).ignoreException(ApiException.class)
                .until(() -> klanten.klantRaadplegen(klantId).getKlantId().equals(klantId));
        return klantId;
    }

    static Map<String, EntreevragenlijstIndienenAntwoordenValue> antwoorden(int schaal) {
        Map<String, EntreevragenlijstIndienenAntwoordenValue> a = new HashMap<>();
        for (String d : List.of("K", "W", "C")) {
            for (int i = 1; i <= 4; i++) {
                a.put(d + i, new EntreevragenlijstIndienenAntwoordenValue(schaal));
            }
        }
        a.put("B1", new EntreevragenlijstIndienenAntwoordenValue(false));
        a.put("B4", new EntreevragenlijstIndienenAntwoordenValue("GOED"));
        return a;
    }

    @Test
    void hetGecommitteDocumentIsWatDeServiceServeert() {
        OpenApiDocumentFile.assertGelijk("/api/v1/openapi.json", Path.of("src/main/openapi/openapi.yaml"));
    }

    @Test
    void eenEntreevragenlijstIndienenEnDeUitkomstLezen() throws ApiException {
        UUID klantId = bekendeKlant();
        IndelingApi indeling = new IndelingApi(client(Tokens.klant(klantId)));

        ApiResponse<Resultaat> ingediend = indeling.indelingIndienenWithHttpInfo(klantId,
                new EntreevragenlijstIndienen().versie("2026.1").antwoorden(antwoorden(4)));
        assertEquals(201, ingediend.getStatusCode());
        Resultaat resultaat = ingediend.getData();
        assertEquals(Uitkomst.ZELFDOENER, resultaat.getUitkomst());
        assertEquals(4.0, resultaat.getScores().get("KUNNEN"));
        assertEquals("entreevragenlijst-beleid-2014", resultaat.getRegelset().get("naam"));
        String location = ingediend.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/klanten/" + klantId + "/indeling"), location);

        Overzicht uitkomst = indeling.indelingIndeling(klantId);
        assertEquals(Lijn.ZELFDOENER, uitkomst.getLijn());
        assertEquals(Uitkomst.ZELFDOENER, uitkomst.getHistorie().get(0).getUitkomst());
        assertEquals(resultaat.getRegelset(), uitkomst.getHistorie().get(0).getRegelset());
    }

    @Test
    void eenAntwoordBuitenDeSchaalIsEen400ProblemDatDeClientLeest() throws Exception {
        UUID klantId = bekendeKlant();
        Map<String, EntreevragenlijstIndienenAntwoordenValue> fout = antwoorden(4);
        fout.put("K1", new EntreevragenlijstIndienenAntwoordenValue(9));
        ApiException e = assertThrows(ApiException.class, () -> new IndelingApi(client(Tokens.klant(klantId)))
                .indelingIndienen(klantId, new EntreevragenlijstIndienen().versie("2026.1").antwoorden(fout)));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertTrue(problem.getInvalidParams().stream().anyMatch(p -> "antwoorden.K1".equals(p.getName())), e.getResponseBody());
    }
}
