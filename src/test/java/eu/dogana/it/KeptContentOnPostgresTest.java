package eu.dogana.it;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.it.support.PostgresDatabase;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * {@link KeptContentTest} on PostgreSQL, and the application role's rights on the content side tables (V12): it
 * keeps, reads and deletes kept content but cannot change it in place.
 */
@QuarkusTest
@TestProfile(PostgresStorageTest.OnPostgres.class)
class KeptContentOnPostgresTest extends KeptContentTest {

    @Test
    void theApplicationRoleKeepsReadsAndDeletesButNeverRewritesContent() throws SQLException {
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.pg.jdbc.url", String.class);
        try (Connection asApp = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             Statement statement = asApp.createStatement()) {
            statement.execute("SET ROLE dogana_app");
            statement.executeQuery("SELECT count(*) FROM content_item").close();
            statement.executeQuery("SELECT count(*) FROM content_key").close();
            statement.executeUpdate("DELETE FROM content_item WHERE request_id = 'none'");
            statement.executeUpdate("DELETE FROM content_key WHERE request_id = 'none'");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE content_item SET truncated = true"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE content_key SET wrapped_key = ''::bytea"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
