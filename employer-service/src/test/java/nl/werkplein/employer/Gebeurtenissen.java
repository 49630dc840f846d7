package nl.werkplein.employer;

import nl.werkplein.testsupport.KafkaTestClient;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** The real CloudEvents neighbouring services publish (docs/events.md), sent to the real broker. */
public final class Gebeurtenissen {

    public static final String INDELINGEN = "werkplein.screening.indelingen.v1";
    public static final String TRAJECTEN = "werkplein.ecoach.trajecten.v1";
    public static final String AANVRAGEN = "werkplein.intake.aanvragen.v1";

    private Gebeurtenissen() {
    }

    public static String event(String service, String type, UUID subject, OffsetDateTime time, String data) {
        return """
                {"specversion":"1.0","id":"%s","source":"urn:nld:oin:00000001001234567000:systeem:%s",
                 "type":"nl.werkplein.%s","subject":"%s","time":"%s","datacontenttype":"application/json","data":%s}"""
                .formatted(UUID.randomUUID(), service, type, subject, time, data);
    }

    public static OffsetDateTime nu() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    public static void doorgeleid(UUID klantId, String lijn, int leeftijd, String postcode4, String regeling) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.klant-doorgeleid", klantId, nu(), """
                {"klantId":"%s","lijn":"%s","leeftijd":%d,"postcode4":"%s","regeling":"%s","bestandsklant":false}"""
                .formatted(klantId, lijn, leeftijd, postcode4, regeling)));
    }

    /** klant-doorgeleid of a cycle (aanvraag), at a given time. */
    public static void doorgeleid(UUID klantId, UUID aanvraagId, String lijn, int leeftijd, String postcode4, String regeling, OffsetDateTime tijd) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.klant-doorgeleid", klantId, tijd, """
                {"klantId":"%s","lijn":"%s","leeftijd":%d,"postcode4":"%s","regeling":"%s","bestandsklant":false,"aanvraagId":"%s"}"""
                .formatted(klantId, lijn, leeftijd, postcode4, regeling, aanvraagId)));
    }

    /** lijn-gewijzigd as screening publishes it after routing; {@code lijn} null = none until a person decides (escalation). */
    public static void lijnGewijzigd(UUID klantId, String lijn, String vorigeLijn, String door, String reden) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.lijn-gewijzigd", klantId, nu(), """
                {"klantId":"%s",%s"vorigeLijn":%s,"door":"%s","reden":"%s"}"""
                .formatted(klantId, lijn == null ? "" : "\"lijn\":\"" + lijn + "\",", vorigeLijn == null ? "null" : "\"" + vorigeLijn + "\"",
                        door, reden)));
    }

    public static void doelgroepregister(UUID klantId, boolean indicatie) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.doelgroepregister-vastgelegd", klantId, nu(), """
                {"klantId":"%s","indicatie":%s,"datum":"2026-02-15","bron":"UWV Suwinet"}""".formatted(klantId, indicatie)));
    }

    /** uitkering-beeindigd of intake, keyed by klantId, subject the aanvraag. */
    public static void uitkeringBeeindigd(UUID klantId, UUID aanvraagId, String reden, String beeindigdOp, OffsetDateTime tijd) {
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), event("intake-service", "intake.uitkering-beeindigd", aanvraagId, tijd, """
                {"klantId":"%s","aanvraagId":"%s","status":"BEEINDIGD","leeftijd":30,"regeling":"WWB","beeindigingReden":"%s","beeindigdOp":"%s"}"""
                .formatted(klantId, aanvraagId, reden, beeindigdOp)));
    }

    public static void trajectAfgesloten(UUID klantId, String reden, OffsetDateTime tijd) {
        KafkaTestClient.send(TRAJECTEN, klantId.toString(), event("ecoach-service", "ecoach.traject-afgesloten", klantId, tijd, """
                {"klantId":"%s","trajectId":"%s","reden":"%s"}""".formatted(klantId, UUID.randomUUID(), reden)));
    }

    public static void koFase(UUID klantId, String fase, String werkintake) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.ko-fase-gewijzigd", klantId, nu(), """
                {"klantId":"%s","trajectId":"%s","fase":"%s","begindatum":"2026-03-02","uiterlijkTot":"2026-04-13","urenPerWeek":18%s}"""
                .formatted(klantId, UUID.randomUUID(), fase, werkintake == null ? "" : ",\"werkintake\":\"" + werkintake + "\"")));
    }

    public static void loonwaarde(UUID klantId, int percentage) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.loonwaarde-vastgesteld", klantId, nu(), """
                {"klantId":"%s","trajectId":"%s","percentage":%d,"onderWml":%s}"""
                .formatted(klantId, UUID.randomUUID(), percentage, percentage < 100)));
    }

    public static void lijnGewijzigd(UUID klantId, String lijn) {
        KafkaTestClient.send(INDELINGEN, klantId.toString(), event("screening-service", "screening.lijn-gewijzigd", klantId, nu(), """
                {"klantId":"%s","lijn":%s,"reden":"besluit consulent"}""".formatted(klantId, lijn == null ? "null" : "\"" + lijn + "\"")));
    }

    /** profiel-gewijzigd; lists as JSON arrays, e.g. {@code ["5223"]}. */
    public static void profiel(UUID klantId, String beroepscodes, String vaardigheden, String niveau, int uren, String werkregio,
                               String beschikbaarPer) {
        KafkaTestClient.send(TRAJECTEN, klantId.toString(), event("ecoach-service", "ecoach.profiel-gewijzigd", klantId, nu(), """
                {"klantId":"%s","beroepscodes":%s,"wensen":"graag overdag","urenPerWeek":%d,"werkregio":%s,"opleidingsniveau":"%s",
                 "ervaring":[{"beroepscode":"9321","jaren":2}],"vaardigheden":%s,"beschikbaarPer":"%s"}"""
                .formatted(klantId, beroepscodes, uren, werkregio, niveau, vaardigheden, beschikbaarPer)));
    }

    public static void trajectAfgesloten(UUID klantId, String reden) {
        KafkaTestClient.send(TRAJECTEN, klantId.toString(), event("ecoach-service", "ecoach.traject-afgesloten", klantId, nu(), """
                {"klantId":"%s","trajectId":"%s","reden":"%s"}""".formatted(klantId, UUID.randomUUID(), reden)));
    }

    public static void uitgestroomd(UUID klantId) {
        KafkaTestClient.send(AANVRAGEN, klantId.toString(), event("intake-service", "intake.klant-uitgestroomd", klantId, nu(), """
                {"klantId":"%s","aanvraagId":"%s","status":"UITGESTROOMD","leeftijd":30,"uitstroomReden":"WERK"}"""
                .formatted(klantId, UUID.randomUUID())));
    }

    public static String poolTopic(String pool) {
        return "werkplein.matching." + pool.toLowerCase() + ".v1";
    }

    /** vacature-aangeboden on the pool topic (the seeded BEMIDDELBAAR topic unless told), keyed by vacatureId. */
    public static void aangeboden(String topicPool, UUID vacatureId, String pool, String bron, String referentie, String titel,
                                  String soort, String beroepscode, String postcode4, int uren, OffsetDateTime time) {
        KafkaTestClient.send(poolTopic(topicPool), vacatureId.toString(), event("socialreturn-service", "socialreturn.vacature-aangeboden",
                vacatureId, time, """
                {"vacatureId":"%s","pool":"%s","bron":"%s",%s"referentie":"%s","titel":"%s","omschrijving":"%s",
                 "soort":"%s","beroepscode":"%s","postcode4":"%s","urenPerWeek":%d,"opleidingsniveau":"MBO2",
                 "sluitingsdatum":"2099-12-31","sw":false,"werkgever":"Supermarkt Centrum"}"""
                .formatted(vacatureId, pool, bron, "PARTNER".equals(bron) ? "\"partnerId\":\"randstad\"," : "", referentie, titel,
                        titel, soort, beroepscode, postcode4, uren)));
    }

    public static void ingetrokken(String topicPool, UUID vacatureId, String pool, String referentie) {
        KafkaTestClient.send(poolTopic(topicPool), vacatureId.toString(), event("socialreturn-service", "socialreturn.vacature-ingetrokken",
                vacatureId, nu(), """
                {"vacatureId":"%s","pool":"%s","referentie":"%s"}""".formatted(vacatureId, pool, referentie)));
    }
}
