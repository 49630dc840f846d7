package nl.werkplein.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the local suite listens, the tokens and the rates: system properties that deploy/local/load.sh
 * passes (-Dload.…), with the local suite's defaults. Token pools are files of one token a line written
 * by load.sh, because the services' rate limits count per token subject (a portal serves many people).
 */
final class Omgeving {

    static final String INTAKE = prop("load.intake", "http://127.0.0.1:8081");
    static final String SCREENING = prop("load.screening", "http://127.0.0.1:8082");
    static final String ECOACH = prop("load.ecoach", "http://127.0.0.1:8083");
    static final String EMPLOYER = prop("load.employer", "http://127.0.0.1:8084");
    static final String SOCIALRETURN = prop("load.socialreturn", "http://127.0.0.1:8085");

    /** Portal reads per second, all four kinds together. */
    static final double RPS = Double.parseDouble(prop("load.rps", "500"));
    /** Zelfdoener flows started per second. */
    static final double FLOWS = Double.parseDouble(prop("load.flows", "50"));
    static final int SECONDS = Integer.parseInt(prop("load.seconds", "60"));
    static final int P99_MS = Integer.parseInt(prop("load.p99", "20"));
    static final int HOP_P99_MS = Integer.parseInt(prop("load.hopP99", "300"));
    /** Pause between two polls of an asynchronous hop, and how long a hop may take at most. */
    static final int POLL_MS = Integer.parseInt(prop("load.pollMs", "50"));
    static final int HOP_MAX_MS = Integer.parseInt(prop("load.hopMaxMs", "30000"));

    static final String PARTNER = prop("load.partner", "randstad");
    static final int VACATURES = Integer.parseInt(prop("load.vacatures", "10000"));
    /** When the delivery starts after the portal reads began, and how long after its answer reads still count as "during". */
    static final int LEVERING_NA_S = Integer.parseInt(prop("load.leveringNa", "5"));
    static final int NALOOP_S = Integer.parseInt(prop("load.naloop", "10"));

    static final String DATA = prop("load.data", "target/load-data");

    private Omgeving() {
    }

    static String prop(String key, String standaard) {
        String v = System.getProperty(key);
        return v == null || v.isBlank() ? standaard : v;
    }

    /** One token of this role (load.sh: -Dload.token.<role>=…). */
    static String token(String role) {
        String t = System.getProperty("load.token." + role);
        if (t == null || t.isBlank()) {
            throw new IllegalStateException("-Dload.token." + role + " is missing (deploy/local/load.sh passes it)");
        }
        return t;
    }

    /** A pool of tokens, one a line, in DATA/<name>.txt; each becomes a feeder record {token: …}. */
    static List<Map<String, Object>> tokens(String name) {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : regels(name + ".txt")) {
            records.add(Map.of("token", line));
        }
        return records;
    }

    /** The seeded clients: DATA/klanten.csv with klantId,aanvraagId,token (the client's own token). */
    static List<Map<String, Object>> klanten() {
        List<Map<String, Object>> records = new ArrayList<>();
        for (String line : regels("klanten.csv")) {
            String[] f = line.split(",");
            Map<String, Object> r = new HashMap<>();
            r.put("klantId", f[0]);
            r.put("aanvraagId", f[1]);
            r.put("klantToken", f[2]);
            records.add(r);
        }
        return records;
    }

    private static List<String> regels(String file) {
        Path p = Path.of(DATA, file);
        try {
            List<String> lines = Files.readAllLines(p).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (lines.isEmpty()) {
                throw new IllegalStateException(p + " is empty (deploy/local/load.sh writes it)");
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(p + " is missing (deploy/local/load.sh writes it)", e);
        }
    }
}
