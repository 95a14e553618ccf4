package eu.dogana.audit.retention;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;

/**
 * What one retention run deleted from the register's side tables: rows by table, and rows by purpose
 * ({@link RetentionJob#UNLISTED} for rows of purposes the policy no longer lists, or of none, that reached their
 * recorded expiry).
 */
public record RetentionReport(Instant now, Map<String, Integer> deletedByTable, Map<String, Integer> deletedByPurpose) {

    public RetentionReport {
        requireNonNull(now, "now is null");
        deletedByTable = Map.copyOf(deletedByTable);
        deletedByPurpose = Map.copyOf(deletedByPurpose);
    }

    public int total() {
        return deletedByTable.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int deleted(String table) {
        return deletedByTable.getOrDefault(table, 0);
    }
}
