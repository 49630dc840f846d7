package nl.werkplein.employer.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.employer.ApiClient;
import nl.werkplein.client.employer.ApiException;
import nl.werkplein.client.employer.ApiResponse;
import nl.werkplein.client.employer.api.PoolsApi;
import nl.werkplein.client.employer.api.VacaturesApi;
import nl.werkplein.client.employer.api.WerkgeversApi;
import nl.werkplein.client.employer.model.Adres;
import nl.werkplein.client.employer.model.ContactpersoonVastleggen;
import nl.werkplein.client.employer.model.Opleidingsniveau;
import nl.werkplein.client.employer.model.PageWerkvoorraadItem;
import nl.werkplein.client.employer.model.Problem;
import nl.werkplein.client.employer.model.Vacature;
import nl.werkplein.client.employer.model.VacatureRegistreren;
import nl.werkplein.client.employer.model.VacatureSoort;
import nl.werkplein.client.employer.model.Werkgever;
import nl.werkplein.client.employer.model.WerkgeverVastleggen;
import nl.werkplein.client.employer.model.WerkvoorraadItem;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.OpenApiDocumentFile;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's view (issue 19): the client generated at build time from the committed document
 * (src/main/openapi/openapi.yaml) registers a werkgever and a vacancy and reads the matchers' worklist
 * page of its pool against the running service, and reads a problem+json error through its
 * ApiException. Only the generated client talks HTTP here.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class EmployerGegenereerdeClientTest {

    static ApiClient client(String role) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1");
        String token = Tokens.voor(role);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static String kvk() {
        return "%08d".formatted(new Random().nextInt(100_000_000));
    }

    @Test
    void hetGecommitteDocumentIsWatDeServiceServeert() {
        OpenApiDocumentFile.assertGelijk("/api/v1/openapi.json", Path.of("src/main/openapi/openapi.yaml"));
    }

    @Test
    void eenVacatureVanEenWerkgeverStaatOpDeWerkvoorraadpaginaVanHaarPool() throws ApiException {
        String kvk = kvk();
        ApiResponse<Werkgever> vastgelegd = new WerkgeversApi(client("accountmanager")).werkgeverVastleggenWithHttpInfo(
                new WerkgeverVastleggen().naam("Bouwbedrijf " + kvk).kvkNummer(kvk).branche("BOUW")
                        .adres(new Adres().straat("Zernikelaan").huisnummer("17").postcode("9747AA").plaats("Groningen"))
                        .contactpersonen(List.of(new ContactpersoonVastleggen().naam("Anna de Vries").email("anna@bouw.example.nl"))));
        assertEquals(201, vastgelegd.getStatusCode());
        Werkgever werkgever = vastgelegd.getData();
        assertTrue(vastgelegd.getHeaders().get("location").get(0).endsWith("/api/v1/werkgevers/" + werkgever.getId()));
        assertEquals(null, werkgever.getContactpersonen().get(0).getTelefoon());

        ApiResponse<Vacature> geregistreerd = new VacaturesApi(client("accountmanager")).vacatureRegistrerenWithHttpInfo(
                new VacatureRegistreren().werkgeverId(werkgever.getId()).titel("Timmerman").soort(VacatureSoort.BAAN)
                        .beroepscode("7115").postcode("9747 AA").urenPerWeek(36).opleidingsniveau(Opleidingsniveau.MBO2));
        assertEquals(201, geregistreerd.getStatusCode());
        Vacature vacature = geregistreerd.getData();
        assertEquals("BEMIDDELBAAR", vacature.getPool());
        String location = geregistreerd.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/vacatures/" + vacature.getVacatureId()), location);

        PageWerkvoorraadItem pagina = new PoolsApi(client("matcher")).poolWerkvoorraad("BEMIDDELBAAR", null, "WERKGEVER", 1, 1000);
        WerkvoorraadItem item = pagina.getItems().stream().filter(i -> vacature.getVacatureId().equals(i.getVacatureId()))
                .findFirst().orElseThrow(() -> new AssertionError("not on the worklist page: " + vacature.getVacatureId()));
        assertEquals("Timmerman", item.getTitel());
        assertEquals("Bouwbedrijf " + kvk, item.getWerkgever());
        assertEquals(vacature.getVacatureId(), new VacaturesApi(client("matcher")).vacatureKandidaten(vacature.getVacatureId()).getVacatureId());
    }

    @Test
    void eenOngeldigKvkNummerIsEen400ProblemDatDeClientLeest() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> new WerkgeversApi(client("accountmanager"))
                .werkgeverVastleggen(new WerkgeverVastleggen().naam("X").kvkNummer("12").branche("BOUW")));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus());
        assertTrue(problem.getInvalidParams().stream().anyMatch(p -> "kvkNummer".equals(p.getName())), e.getResponseBody());
    }
}
