package nl.werkplein.platform.api;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-array limits read from @Size, and the cost they keep out of the validator. */
class CollectionLimitsTest {

    record Ervaring(String functie, @Size(max = 10, message = "hoogstens 10 taken") List<String> taken) {
    }

    record Profiel(@Size(max = 50, message = "hoogstens 50") List<@NotNull @Pattern(regexp = "[1-9]\\d") String> werkregio,
                   @Size(max = 20) List<Ervaring> ervaring,
                   List<String> zonderGrens) {
    }

    static final class Klasse {
        @Size(max = 3)
        public List<Ervaring> items;
    }

    private static byte[] nulls(String field, int n) {
        return ("{\"" + field + "\":[" + String.join(",", Collections.nCopies(n, "null")) + "]}").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void grenzenKomenUitSizeOpRecordsKlassenEnGenesteLijsten() {
        CollectionLimits limits = CollectionLimits.of(Profiel.class, 1000);
        assertEquals(50, limits.at("werkregio").max());
        assertEquals("hoogstens 50", limits.at("werkregio").reason());
        assertEquals(20, limits.at("ervaring").max());
        assertEquals("hoogstens 20 elementen", limits.at("ervaring").reason());
        assertEquals(10, limits.at("ervaring[].taken").max());
        assertEquals(1000, limits.at("zonderGrens").max());
        assertEquals(3, CollectionLimits.of(Klasse.class, 1000).at("items").max());
        assertEquals(10, CollectionLimits.of(Klasse.class, 1000).at("items[].taken").max());
    }

    @Test
    void teveelElementenNoemtDeLijstEenmaal() {
        CollectionLimits limits = CollectionLimits.of(Profiel.class, 1000);
        String body = "{\"werkregio\":[" + String.join(",", Collections.nCopies(60, "\"12\"")) + "],\"ervaring\":[{\"taken\":["
                + String.join(",", Collections.nCopies(11, "\"a\"")) + "]}]}";
        List<Problem.InvalidParam> faults = JsonBodyRules.check(body.getBytes(StandardCharsets.UTF_8), true, limits);
        assertEquals(List.of(new Problem.InvalidParam("werkregio", "hoogstens 50"),
                new Problem.InvalidParam("ervaring[0].taken", "hoogstens 10 taken")), faults);
        // within the limit nothing is said (the validator judges the values)
        assertTrue(JsonBodyRules.check("{\"werkregio\":[\"12\",\"x\"],\"ervaring\":[]}".getBytes(StandardCharsets.UTF_8), true, limits).isEmpty());
        // a body that is an array: its limit is on the parameter
        assertEquals(List.of(new Problem.InvalidParam("body", "hoogstens 3 elementen")),
                JsonBodyRules.check("[{},{},{},{}]".getBytes(StandardCharsets.UTF_8), true, CollectionLimits.none(3)));
    }

    @Test
    void nullInEenLijstWordtBijHetElementGenoemd() {
        CollectionLimits limits = CollectionLimits.of(Profiel.class, 1000);
        assertEquals(List.of(new Problem.InvalidParam("werkregio[1]", "mag niet null zijn")),
                JsonBodyRules.check("{\"werkregio\":[\"12\",null]}".getBytes(StandardCharsets.UTF_8), true, limits));
        assertEquals(JsonBodyRules.MAX_FAULTS, JsonBodyRules.check(nulls("werkregio", 40), true, limits).size());
        // null as a field value stays the validator's (and the resource's) to judge
        assertTrue(JsonBodyRules.check("{\"werkregio\":null,\"ervaring\":[{\"taken\":null}]}".getBytes(StandardCharsets.UTF_8), true, limits).isEmpty());
    }

    /**
     * Issue 15 point 1: 10,000 null werkregio took 22 s. Hibernate Validator 9.1 gives every violation
     * of a container-element constraint ({@code List<@NotNull String>}) the same hash code (the path's
     * hash is its leaf node's, which leaves out the index), so its HashSet of violations degenerates to
     * one bucket: quadratic. The body rules refuse such a body before binding, in linear time.
     */
    @Test
    void tienduizendNullsZijnInMillisecondenGeweigerd() {
        CollectionLimits limits = CollectionLimits.of(Profiel.class, 100_000);
        JsonBodyRules.check(nulls("werkregio", 1000), true, limits); // warm-up
        long started = System.nanoTime();
        List<Problem.InvalidParam> faults = JsonBodyRules.check(nulls("werkregio", 10_000), true, limits);
        long tenThousand = (System.nanoTime() - started) / 1_000_000;
        assertEquals("werkregio[0]", faults.get(0).name());
        // generous: a busy CI machine with the C1-only test JIT must not fail it; quadratic took seconds
        assertTrue(tenThousand < 2000, "10,000 nulls took " + tenThousand + " ms");
        // an unlimited list of a million nulls: the first nulls are named, the rest is not read
        started = System.nanoTime();
        faults = JsonBodyRules.check(nulls("zonderGrens", 1_000_000), true, limits);
        long million = (System.nanoTime() - started) / 1_000_000;
        assertEquals("zonderGrens[0]", faults.get(0).name());
        assertTrue(million < 5000, "1,000,000 nulls took " + million + " ms");
    }

    /** The cause, kept visible: should a Hibernate Validator upgrade fix it, this test says so. */
    @Test
    void deValidatorIsKwadratischInElementViolations() {
        Validator validator = Validation.byDefaultProvider().configure().messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory().getValidator();
        List<String> duizend = new ArrayList<>(Collections.nCopies(1000, null));
        List<String> vierduizend = new ArrayList<>(Collections.nCopies(4000, null));
        validator.validate(new Profiel(duizend, List.of(), List.of())); // warm-up
        long started = System.nanoTime();
        assertEquals(1001, validator.validate(new Profiel(duizend, List.of(), List.of())).size());
        long a = System.nanoTime() - started;
        started = System.nanoTime();
        assertEquals(4001, validator.validate(new Profiel(vierduizend, List.of(), List.of())).size());
        long b = System.nanoTime() - started;
        var hashes = validator.validate(new Profiel(new ArrayList<>(Collections.nCopies(5, null)), List.of(), List.of())).stream()
                .filter(v -> v.getPropertyPath().toString().contains("["))
                .map(v -> v.getPropertyPath().hashCode()).distinct().count();
        System.out.printf("[werkplein] Hibernate Validator, null elements: 1,000 in %d ms, 4,000 in %d ms; distinct path hashes of 5: %d%n",
                a / 1_000_000, b / 1_000_000, hashes);
        assertTrue(hashes < 5 || b < a * 8, "element violations no longer share a hash code: CollectionLimits' note on the cause is out of date");
    }
}
