package nl.werkplein.testsupport;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid BSNs (11-proef) for tests, different on every call and in every test JVM. */
public final class TestBsn {

    private static final AtomicInteger NEXT = new AtomicInteger(new SecureRandom().nextInt(80_000_000));

    private TestBsn() {
    }

    public static String volgende() {
        while (true) {
            String candidate = String.format("%08d", 10_000_000 + Math.floorMod(NEXT.getAndIncrement(), 89_999_999));
            int sum = 0;
            for (int i = 0; i < 8; i++) {
                sum += (9 - i) * (candidate.charAt(i) - '0');
            }
            int last = sum % 11;
            if (last <= 9) {
                return candidate + last;
            }
        }
    }
}
