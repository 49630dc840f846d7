package nl.werkplein.platform.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class OpenApiContractFilterTest {

    @Test
    void operationIdLeestAlsHetWerkwoordVanDeApi() {
        assertEquals("aanvraagIndienen", OpenApiContractFilter.operationId("AanvraagResource_indienen"));
        assertEquals("auditZoek", OpenApiContractFilter.operationId("AuditResource_zoek"));
        assertEquals("raadplegen", OpenApiContractFilter.operationId("raadplegen"));
    }

    @Test
    void javaTypenWordenGewoneJsonTypen() {
        Schema property = OASFactory.createSchema().ref("#/components/schemas/UUID").description("De klant");
        Schema inlined = OpenApiJavaTypes.inline(property);
        assertNull(inlined.getRef());
        assertEquals(List.of(SchemaType.STRING), inlined.getType());
        assertEquals("uuid", inlined.getFormat());
        assertEquals("De klant", inlined.getDescription());

        Schema nullableDate = OASFactory.createSchema().type(List.of(SchemaType.STRING, SchemaType.NULL))
                .anyOf(List.of(OASFactory.createSchema().ref("#/components/schemas/OffsetDateTime"),
                        OASFactory.createSchema().addType(SchemaType.NULL)));
        Schema plain = OpenApiJavaTypes.inline(nullableDate);
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), plain.getType());
        assertEquals("date-time", plain.getFormat());
        assertNull(plain.getAnyOf());
        assertEquals(List.of("2026-03-01T08:30:00.000000Z"), plain.getExamples());
    }

    @Test
    void eenVrijAntwoordIsEenGetalJaNeeOfTekst() {
        Schema antwoorden = OASFactory.createSchema().addType(SchemaType.OBJECT)
                .additionalPropertiesSchema(OASFactory.createSchema().ref("#/components/schemas/JsonNode"));
        Schema value = OpenApiJavaTypes.inline(antwoorden).getAdditionalPropertiesSchema();
        assertEquals(3, value.getOneOf().size());
        assertEquals(List.of(SchemaType.INTEGER), value.getOneOf().get(0).getType());
    }

    @Test
    void eenNietBeloofdVeldMagNullZijn() {
        Schema ref = OpenApiNullable.nullable(OASFactory.createSchema().ref("#/components/schemas/Gesprek").description("Gepland gesprek"));
        assertEquals("#/components/schemas/Gesprek", ref.getAnyOf().get(0).getRef());
        assertEquals(List.of(SchemaType.NULL), ref.getAnyOf().get(1).getType());
        assertEquals("Gepland gesprek", ref.getDescription());
        Schema text = OpenApiNullable.nullable(OASFactory.createSchema().addType(SchemaType.STRING));
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), text.getType());
        assertEquals(List.of(SchemaType.STRING, SchemaType.NULL), OpenApiNullable.nullable(text).getType());
    }
}
