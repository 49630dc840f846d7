package nl.werkplein.socialreturn.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.socialreturn.ApiClient;
import nl.werkplein.client.socialreturn.ApiException;
import nl.werkplein.client.socialreturn.ApiResponse;
import nl.werkplein.client.socialreturn.api.ContractenApi;
import nl.werkplein.client.socialreturn.api.PartnersApi;
import nl.werkplein.client.socialreturn.model.Contract;
import nl.werkplein.client.socialreturn.model.ContractRegistreren;
import nl.werkplein.client.socialreturn.model.Partner;
import nl.werkplein.client.socialreturn.model.PartnerVastleggen;
import nl.werkplein.client.socialreturn.model.Problem;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.OpenApiDocumentFile;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A portal's view (issue 19): the client generated at build time from the committed document
 * (src/main/openapi/openapi.yaml) registers a partner and a Social Return contract on it and reads the
 * contract back, against the running service, and reads a problem+json error through its
 * ApiException. The partner's own delivery goes through the partner document's client
 * ({@link PartnerApiGegenereerdeClientTest}). Only the generated client talks HTTP here.
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class SocialReturnGegenereerdeClientTest {

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
    void hetGecommitteDocumentVanDePartnerApiIsWatDeServiceServeert() {
        OpenApiDocumentFile.assertGelijk("/api/v1/partners/openapi.json", Path.of("src/main/openapi/partners.yaml"));
    }

    @Test
    void eenPartnerEnEenContractVastleggenEnHetContractTeruglezen() throws ApiException {
        String partnerId = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        ApiResponse<Partner> partner = new PartnersApi(client(Tokens.voor("beheer")))
                .partnerAanmakenWithHttpInfo(new PartnerVastleggen().partnerId(partnerId).naam("Uitzendbureau " + partnerId));
        assertEquals(201, partner.getStatusCode());
        assertEquals(partnerId, partner.getData().getPartnerId());
        assertTrue(partner.getHeaders().get("location").get(0).endsWith("/api/v1/partners/" + partnerId));

        ContractenApi contracten = new ContractenApi(client(Tokens.voor("socialreturn")));
        ApiResponse<Contract> geregistreerd = contracten.contractRegistrerenWithHttpInfo(new ContractRegistreren()
                .opdrachtnemer("Bouwbedrijf Noord BV").opdrachtwaarde(100_000_000L).percentage(new BigDecimal("5")).partnerId(partnerId));
        assertEquals(201, geregistreerd.getStatusCode());
        Contract contract = geregistreerd.getData();
        String location = geregistreerd.getHeaders().get("location").get(0);
        assertTrue(location.endsWith("/api/v1/contracten/" + contract.getId()), location);
        assertEquals(5_000_000L, contract.getVerplichting());

        Contract gelezen = contracten.contractRaadplegen(contract.getId());
        assertEquals(contract.getId(), gelezen.getId());
        assertEquals(partnerId, gelezen.getPartnerId());
        assertEquals(contract.getVerplichting(), gelezen.getVerplichting());
    }

    @Test
    void eenContractZonderOpdrachtnemerIsEen400ProblemDatDeClientLeest() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> new ContractenApi(client(Tokens.voor("socialreturn")))
                .contractRegistreren(new ContractRegistreren().opdrachtwaarde(100L).percentage(new BigDecimal("5"))));
        assertEquals(400, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertTrue(problem.getInvalidParams().stream().anyMatch(p -> "opdrachtnemer".equals(p.getName())), e.getResponseBody());
    }
}
