package nl.werkplein.socialreturn.client;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import nl.werkplein.client.partner.ApiClient;
import nl.werkplein.client.partner.ApiException;
import nl.werkplein.client.partner.api.PartnersApi;
import nl.werkplein.client.partner.model.Levering;
import nl.werkplein.client.partner.model.LeveringAanbieden;
import nl.werkplein.client.partner.model.Opleidingsniveau;
import nl.werkplein.client.partner.model.PartnerVacature;
import nl.werkplein.client.partner.model.Problem;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Randstad's view (issue 19): the client generated at build time from the committed partner document
 * (src/main/openapi/partners.yaml, served at /api/v1/partners/openapi.json) delivers a week of vacancies,
 * reads the outcome back, and reads the 403 problem+json for another partner's delivery through its
 * ApiException. Only the generated partner client talks HTTP for the partner (beheer creates the
 * partners with the service's test data, as onboarding does).
 */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class PartnerApiGegenereerdeClientTest {

    static PartnersApi partner(String partnerId) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(RestAssured.baseURI + ":" + RestAssured.port + "/api/v1");
        String token = Tokens.voor("partner", partnerId);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return new PartnersApi(client);
    }

    static PartnerVacature vacature(String referentie) {
        return new PartnerVacature().referentie(referentie).titel("Orderpicker " + referentie).beroepscode("9333")
                .postcode("9731AB").urenPerWeek(32).opleidingsniveau(Opleidingsniveau.MBO2)
                .sluitingsdatum(TestData.vandaag().plusDays(60));
    }

    @Test
    void eenWekelijkseLeveringEnHaarUitkomstMetDeClientVanHetPartnerdocument() throws ApiException {
        String partnerId = TestData.nieuwePartner();
        String week = TestData.dezeWeek().toString();
        PartnerVacature zonderPostcode = vacature("RS-3").postcode(null);

        Levering uitkomst = partner(partnerId).partnerLeveren(partnerId, week,
                new LeveringAanbieden().vacatures(List.of(vacature("RS-1"), vacature("RS-2"), zonderPostcode)));
        assertEquals(partnerId, uitkomst.getPartnerId());
        assertEquals(week, uitkomst.getWeek());
        assertEquals(3, uitkomst.getAantal());
        assertEquals(2, uitkomst.getGeaccepteerd());
        assertEquals(1, uitkomst.getAfgewezen().size());
        assertEquals("RS-3", uitkomst.getAfgewezen().get(0).getReferentie());
        assertTrue(uitkomst.getAfgewezen().get(0).getReden().contains("postcode"), uitkomst.getAfgewezen().get(0).getReden());

        Levering gelezen = partner(partnerId).partnerLevering(partnerId, week);
        assertEquals(uitkomst.getGeaccepteerd(), gelezen.getGeaccepteerd());
        assertEquals(uitkomst.getOntvangenOp(), gelezen.getOntvangenOp());
        assertEquals(2, partner(partnerId).partnerVacatures(partnerId, 1, 20, null).getTotaal());
    }

    @Test
    void deLeveringVanEenAnderePartnerIsEen403ProblemDatDeClientLeest() throws Exception {
        String eigen = TestData.nieuwePartner();
        String ander = TestData.nieuwePartner();
        ApiException e = assertThrows(ApiException.class, () -> partner(eigen).partnerLeveren(ander, TestData.dezeWeek().toString(),
                new LeveringAanbieden().vacatures(List.of(vacature("RS-9")))));
        assertEquals(403, e.getCode());
        assertTrue(e.getResponseHeaders().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(403, problem.getStatus());
        assertTrue(problem.getDetail().contains("eigen"), problem.getDetail());
    }
}
