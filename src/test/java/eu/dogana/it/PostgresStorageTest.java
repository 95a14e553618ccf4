package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import eu.dogana.it.support.PostgresDatabase;
import eu.dogana.it.support.RegisterRows;
import eu.dogana.it.support.TamperChecks;
import eu.dogana.audit.Checkpoints;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import java.sql.SQLException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/** The same build on PostgreSQL, selected at run time: keys live there, hashed, and the gateway serves. */
@QuarkusTest
@TestProfile(PostgresStorageTest.OnPostgres.class)
class PostgresStorageTest {

    public static final class OnPostgres implements QuarkusTestProfile {
        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(PostgresDatabase.class));
        }
    }

    @Inject
    @Storage
    AgroalDataSource dataSource;

    @Inject
    Checkpoints checkpoints;

    @Test
    void registerIsAppendOnlyAndTamperingBySuperuserIsDetected() throws SQLException {
        TamperChecks.verifyIntact();
        RegisterRows plain = new RegisterRows(dataSource, null);
        given().auth().oauth2("test-master-key").contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions").then().statusCode(200);
        assertThatThrownBy(() -> plain.execute("UPDATE audit_event SET tenant = 'someone-else'"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> plain.execute("DELETE FROM audit_event"))
                .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        // The application role holds no UPDATE or DELETE on chained rows at all (V8), before any trigger.
        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.pg.jdbc.url", String.class);
        try (Connection asApp = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             java.sql.Statement statement = asApp.createStatement()) {
            statement.execute("SET ROLE dogana_app");
            statement.executeQuery("SELECT count(*) FROM audit_event").close();
            assertThatThrownBy(() -> statement.execute("DELETE FROM audit_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("UPDATE audit_checkpoint SET signature = 'x'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // A superuser can switch triggers off; the chain still gives every change away.
        new TamperChecks(new RegisterRows(dataSource, "SET LOCAL session_replication_role = replica"), checkpoints).runAll();
    }

    @Test
    void keysAreStoredInPostgresAndOnlyAsHashes() throws Exception {
        var issued = given().auth().oauth2("test-master-key").contentType(ContentType.JSON)
                .body(Map.of("name", "pg caller", "tenant", "acme", "roles", List.of("caller")))
                .when().post("/admin/keys").then().statusCode(201).extract().jsonPath();
        String id = issued.getString("id");
        String secret = issued.getString("key");

        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.pg.jdbc.url", String.class);
        try (Connection connection = DriverManager.getConnection(url, PostgresDatabase.USER, "");
             PreparedStatement query = connection.prepareStatement("SELECT * FROM api_key WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("tenant")).isEqualTo("acme");
                assertThat(row.getString("secret_hash")).hasSize(64).doesNotContain(secret.substring(3, 20));
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    assertThat(String.valueOf(row.getObject(column))).doesNotContain(secret);
                }
            }
        }

        given().auth().oauth2(secret).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", false))
                .when().post("/v1/chat/completions")
                .then().statusCode(200).body("choices[0].message.content", equalTo("echo: hello"));
        String stream = given().auth().oauth2(secret).contentType(ContentType.JSON)
                .body(StreamingProtocolTest.chat("sim-chat", true))
                .when().post("/v1/chat/completions")
                .then().statusCode(200).extract().asString();
        assertThat(stream).endsWith("data: [DONE]\n\n");
    }
}
