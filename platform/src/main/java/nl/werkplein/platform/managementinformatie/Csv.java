package nl.werkplein.platform.managementinformatie;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * Management information for spreadsheets: rows of a record type as CSV (RFC 4180 quoting, CRLF),
 * a header row of the record's component names, separated by {@code ;} — what a Dutch spreadsheet
 * (decimal comma) opens without an import dialog; decimals are written with a point, amounts are
 * integer cents. UTF-8 with a byte-order mark, so a spreadsheet reads accents correctly.
 * {@link #antwoord} picks CSV or JSON by the Accept header.
 */
public final class Csv {

    public static final String TEXT_CSV = "text/csv";
    public static final char SCHEIDER = ';';

    private Csv() {
    }

    public static <R extends Record> String van(Class<R> type, List<R> rijen) {
        RecordComponent[] kolommen = type.getRecordComponents();
        StringBuilder csv = new StringBuilder("\uFEFF");
        for (int i = 0; i < kolommen.length; i++) {
            csv.append(i == 0 ? "" : String.valueOf(SCHEIDER)).append(veld(kolommen[i].getName()));
        }
        csv.append("\r\n");
        for (R rij : rijen) {
            for (int i = 0; i < kolommen.length; i++) {
                Object waarde;
                try {
                    waarde = kolommen[i].getAccessor().invoke(rij);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                csv.append(i == 0 ? "" : String.valueOf(SCHEIDER)).append(waarde == null ? "" : veld(waarde.toString()));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String veld(String waarde) {
        if (waarde.indexOf(SCHEIDER) < 0 && waarde.indexOf('"') < 0 && waarde.indexOf('\n') < 0 && waarde.indexOf('\r') < 0) {
            return waarde;
        }
        return '"' + waarde.replace("\"", "\"\"") + '"';
    }

    /** CSV only when the caller prefers it to JSON (a plain or wildcard Accept gets JSON). */
    public static boolean gevraagd(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.isWildcardType()) {
                return false;
            }
            if (type.getType().equals("text") && type.getSubtype().equals("csv")) {
                return true;
            }
        }
        return false;
    }

    /** A monthly overview as JSON, or its rows as CSV (attachment {@code naam-JJJJ-MM-JJJJ-MM.csv}). */
    public static <R extends Record> Response antwoord(HttpHeaders headers, String naam, Maandperiode periode, Object overzicht,
                                                       Class<R> type, List<R> rijen) {
        return antwoord(headers, overzicht, type, rijen, naam + "-" + periode.bestandsdeel());
    }

    /** The overview as JSON, or its rows as CSV (attachment {@code bestandsnaam}.csv). */
    public static <R extends Record> Response antwoord(HttpHeaders headers, Object overzicht, Class<R> type, List<R> rijen, String bestandsnaam) {
        if (gevraagd(headers)) {
            return Response.ok(van(type, rijen), TEXT_CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"" + bestandsnaam + ".csv\"").build();
        }
        return Response.ok(overzicht, MediaType.APPLICATION_JSON_TYPE).build();
    }
}
