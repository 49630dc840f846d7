package nl.werkplein.platform.beheer;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What the inbox table handled_event says about events: which consumers handled them, and how many. */
final class VerwerkteEvents {

    private final DataSource dataSource;

    VerwerkteEvents(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Which consumers (IdempotentConsumer names) handled these events already. */
    Map<String, List<String>> verwerktDoor(List<String> eventIds) {
        List<UUID> ids = new ArrayList<>();
        for (String id : eventIds) {
            uuid(id).ifPresent(ids::add);
        }
        Map<String, List<String>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "SELECT event_id::text, consumer FROM handled_event WHERE event_id = ANY(?) ORDER BY consumer")) {
            s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read handled_event", e);
        }
        return result;
    }

    /** How many consumers handled this event (0 for an id that is no UUID). */
    long handled(String eventId) {
        Optional<UUID> id = uuid(eventId);
        if (id.isEmpty()) {
            return 0;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM handled_event WHERE event_id = ?")) {
            s.setObject(1, id.get());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read handled_event", e);
        }
    }

    static Optional<UUID> uuid(String id) {
        if (id == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
