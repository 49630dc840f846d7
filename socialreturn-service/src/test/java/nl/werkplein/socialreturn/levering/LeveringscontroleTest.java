package nl.werkplein.socialreturn.levering;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import nl.werkplein.socialreturn.TestData;
import nl.werkplein.testsupport.InfraResource;
import nl.werkplein.testsupport.KafkaTestClient;
import nl.werkplein.testsupport.MovableClock;
import nl.werkplein.testsupport.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The weekly check: due work, driven by the clock, flags a partner that missed its week. */
@QuarkusTest
@WithTestResource(value = InfraResource.class, scope = TestResourceScope.GLOBAL)
class LeveringscontroleTest {

    @Inject
    MovableClock clock;
    @Inject
    Leveringscontrole controle;

    @AfterEach
    void klokTerug() {
        clock.reset();
    }

    @Test
    void eenGemisteWeekWordtGemeldTotDePartnerWeerLevert() {
        String partner = TestData.nieuwePartner();
        IsoWeek start = TestData.dezeWeek();
        TestData.leveren(partner, start, List.of(TestData.vacature("W-1"))).statusCode(200);
        controle.controleer();
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/" + partner + "/leveringsachterstand").then()
                .statusCode(200).body("achterstand", equalTo(false)).body("gemist", hasSize(0));

        // two weeks later, nothing delivered since: the week in between is over and missed
        clock.setToday(start.maandag().plusWeeks(2));
        controle.controleer();
        controle.controleer(); // again: recorded once
        IsoWeek gemist = start.volgende();
        given().auth().oauth2(Tokens.voor("partner", partner)).get("/api/v1/partners/" + partner + "/leveringsachterstand").then()
                .statusCode(200)
                .body("achterstand", equalTo(true))
                .body("laatsteWeek", equalTo(start.toString()))
                .body("openstaand.week", equalTo(List.of(gemist.toString())));
        given().auth().oauth2(Tokens.voor("beheer")).get("/api/v1/leveringsachterstanden").then().statusCode(200)
                .body("partnerId", hasItem(partner));
        assertEquals(1, KafkaTestClient.collect(LeveringEvents.TOPIC,
                r -> r.key().equals(partner) && r.value().contains(LeveringEvents.GEMIST), 1, Duration.ofSeconds(20)).size());

        // a complete delivery for the current week catches up; the missed week stays on record
        LocalDate vandaag = start.maandag().plusWeeks(2);
        TestData.leveren(partner, IsoWeek.van(vandaag), List.of(TestData.vacature("W-1"))).statusCode(200)
                .body("ongewijzigd", equalTo(1));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/partners/" + partner + "/leveringsachterstand").then()
                .body("achterstand", equalTo(false))
                .body("openstaand", hasSize(0))
                .body("gemist.week", equalTo(List.of(gemist.toString())));
        given().auth().oauth2(Tokens.voor("socialreturn")).get("/api/v1/leveringsachterstanden").then()
                .body("partnerId", not(hasItem(partner)));
        given().auth().oauth2(Tokens.voor("matcher")).get("/api/v1/leveringsachterstanden").then().statusCode(403);
    }
}
