package nl.werkplein.intake.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.intake.ApiClient;
import nl.werkplein.client.intake.ApiException;
import nl.werkplein.client.intake.ApiResponse;
import nl.werkplein.client.intake.api.AanvragenApi;
import nl.werkplein.client.intake.model.Aanvraag;
import nl.werkplein.client.intake.model.AanvraagIndienen;
import nl.werkplein.client.intake.model.AanvraagStatus;
import nl.werkplein.client.intake.model.Problem;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.OpenApiDocumentFile;
import nl.werkplein.testsupport.TestBsn;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's view (issue 19): the client generated at build time from the committed document
 * (src/main/openapi/openapi.yaml) files, confirms and reads an aanvraag against the running service,
 * and reads a problem+json error through its ApiException. Only the generated client talks HTTP here.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class IntakeGegenereerdeClientTest {

    static AanvragenApi aanvragen(String role) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1");
        String token = Tokens.voor(role);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new AanvragenApi(client);
    }

    @Test
    void hetGecommitteDocumentIsWatDeServiceServeert() {
        OpenApiDocumentFile.assertGelijk("/api/v1/openapi.json", Path.of("src/main/openapi/openapi.yaml"));
    }

    @Test
    void eenAanvraagIndienenBevestigenEnTeruglezenMetDeGegenereerdeClient() throws ApiException {
        AanvraagIndienen nieuw = new AanvraagIndienen().bsn(TestBsn.volgende()).geboortedatum(LocalDate.of(1980, 4, 1))
                .email("client@example.nl").postcode("9731AB").startkwalificatie(true);

        ApiResponse<Aanvraag> ingediend = aanvragen("portaal").aanvraagIndienenWithHttpInfo(nieuw);
        assertEquals(201, ingediend.getStatusCode());
        Aanvraag aanvraag = ingediend.getData();
        assertEquals(AanvraagStatus.INGEDIEND, aanvraag.getStatus());
        assertNotNull(aanvraag.getKlantId());
        String location = ingediend.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/aanvragen/" + aanvraag.getId()), location);

        Aanvraag bevestigd = aanvragen("kcc").aanvraagBevestigen(aanvraag.getId());
        assertNotNull(bevestigd.getBevestigdOp());

        Aanvraag gelezen = aanvragen("kcc").aanvraagRaadplegen(aanvraag.getId());
        assertEquals(aanvraag.getId(), gelezen.getId());
        assertEquals(aanvraag.getKlantId(), gelezen.getKlantId());
        assertEquals(bevestigd.getBevestigdOp(), gelezen.getBevestigdOp());
        assertEquals(bevestigd.getStatus(), gelezen.getStatus());
    }

    @Test
    void eenOngeldigeBsnIsEen400ProblemDatDeClientLeest() throws Exception {
        AanvraagIndienen fout = new AanvraagIndienen().bsn("123456789").geboortedatum(LocalDate.of(1980, 4, 1))
                .email("client@example.nl").postcode("9731AB").startkwalificatie(true);

        ApiException e = assertThrows(ApiException.class, () -> aanvragen("portaal").aanvraagIndienen(fout));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertEquals("bsn", problem.getInvalidParams().get(0).getName(), e.getResponseBody());
    }
}
