package eu.dogana.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import eu.dogana.audit.search.EventQuery;
import eu.dogana.audit.search.EventSearch;
import eu.dogana.audit.search.IndexMaintainer;
import eu.dogana.audit.search.SearchResult;
import eu.dogana.it.support.Gateway;
import eu.dogana.storage.Storage;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /audit/events} through the running gateway: two tenants' traffic, their auditors, an administrator
 * looking across, and the index rebuilt from the database.
 */
@QuarkusTest
class RegisterSearchTest {

    @Inject
    IndexMaintainer maintainer;

    @Inject
    @Storage
    AgroalDataSource dataSource;

    private String tenantA;
    private String tenantB;
    private String auditorA;
    private String auditorB;
    private Instant before;
    private Instant after;

    /** Fresh tenants per test: the register (and its index) outlive a run, so counts are taken within them. */
    @BeforeEach
    void traffic() throws InterruptedException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        tenantA = "search-a-" + run;
        tenantB = "search-b-" + run;
        String callerA = key(tenantA, "caller");
        String callerB = key(tenantB, "caller");
        auditorA = key(tenantA, "auditor");
        auditorB = key(tenantB, "auditor");
        before = Instant.now();
        Thread.sleep(5);
        for (int i = 0; i < 3; i++) {
            chat(callerA, "sim-chat", 200);
        }
        chat(callerA, "gpt-17", 404);
        chat(callerB, "sim-chat", 200);
        chat(callerB, "sim-chat", 200);
        Thread.sleep(5);
        after = Instant.now();
        maintainer.sync();
    }

    @Test
    void anAuditorSeesOnlyTheirOwnTenantWhateverTheQuerySays() {
        for (String trick : List.of("tenant:" + tenantA, "tenant:" + tenantA + " OR *:*", "*:* -tenant:" + tenantB,
                "model:sim-chat", "")) {
            JsonPath found = search(auditorB, Map.of("q", trick, "limit", "1000"), 200);
            assertThat(found.getList("events.event.tenant", String.class)).as(trick).allMatch(tenantB::equals);
            assertThat(found.getLong("total")).as(trick).isEqualTo(found.getList("events").size());
        }
        assertThat(search(auditorB, Map.of("q", "tenant:" + tenantA + " OR *:*"), 200).getLong("total")).isGreaterThanOrEqualTo(4);
        assertThat(search(auditorB, Map.of("q", "tenant:" + tenantA), 200).getLong("total")).isZero();
        assertThat(search(auditorB, Map.of("q", "type:REQUEST_COMPLETION"), 200).getLong("total")).isEqualTo(2);
        JsonPath refused = search(auditorB, Map.of("tenant", tenantA), 403);
        assertThat(refused.getString("error.code")).isEqualTo("tenant_not_allowed");
        search(key(tenantA, "caller"), Map.of(), 403);
    }

    @Test
    void facetsCountTheMatchesAndResultsComeNewestFirst() {
        JsonPath found = search(auditorA, Map.of("q", "type:REQUEST_*", "limit", "2"), 200);
        assertThat(found.getLong("total")).isEqualTo(7);
        assertThat(found.getList("events")).hasSize(2);
        assertThat(found.getMap("facets.type")).containsOnly(Map.entry("REQUEST_INTENT", 3), Map.entry("REQUEST_COMPLETION", 3),
                Map.entry("REQUEST_REFUSED", 1));
        assertThat(found.getMap("facets.model")).containsOnly(Map.entry("sim-chat", 6), Map.entry("gpt-17", 1));
        assertThat(found.getMap("facets.status")).containsOnly(Map.entry("200", 3), Map.entry("404", 1));
        assertThat(found.getMap("facets.backend")).containsOnly(Map.entry("sim", 3));
        assertThat(found.getMap("facets.region")).containsOnly(Map.entry("IT", 3));
        List<String> times = found.getList("events.event.time", String.class);
        assertThat(Instant.parse(times.get(0))).isAfterOrEqualTo(Instant.parse(times.get(1)));
        assertThat(found.getString("events[0].id")).isEqualTo(found.getString("events[0].node") + ":" + found.getLong("events[0].seq"));
        assertThat(found.getString("events[0].event_hash")).hasSize(64);

        JsonPath numeric = search(auditorA, Map.of("q", "model:sim-chat AND status:200"), 200);
        assertThat(numeric.getLong("total")).isEqualTo(3);
        assertThat(search(auditorA, Map.of("q", "status:[400 TO 499]"), 200).getList("events.event.attributes.error_code"))
                .containsExactly("model_not_found");
    }

    @Test
    void fromAndToBoundTheEventTime() {
        assertThat(search(auditorA, Map.of("q", "type:REQUEST_*", "from", before.toString(), "to", after.toString()), 200)
                .getLong("total")).isEqualTo(7);
        assertThat(search(auditorA, Map.of("q", "type:REQUEST_*", "from", after.toString()), 200).getLong("total")).isZero();
        assertThat(search(auditorA, Map.of("q", "type:REQUEST_*", "to", before.toString()), 200).getLong("total")).isZero();
        assertThat(search(auditorA, Map.of("from", "yesterday"), 400).getString("error.param")).isEqualTo("from");
    }

    @Test
    void aBadQueryIsA400InTheOpenAiShape() {
        JsonPath bad = search(auditorA, Map.of("q", "model:(sim-chat"), 400);
        assertThat(bad.getString("error.code")).isEqualTo("invalid_request");
        assertThat(bad.getString("error.type")).isEqualTo("invalid_request_error");
        assertThat(bad.getString("error.param")).isEqualTo("q");
        assertThat(search(auditorA, Map.of("q", "modle:sim-chat"), 400).getString("error.message")).contains("Unknown field 'modle'");
        assertThat(search(auditorA, Map.of("limit", "5000"), 400).getString("error.param")).isEqualTo("limit");
        assertThat(search(auditorA, Map.of("limit", "lots"), 400).getString("error.param")).isEqualTo("limit");
    }

    @Test
    void searchesAreRecordedAndAnAdminsCrossTenantSearchIsVisibleToTheTenantSearched() throws SQLException {
        search(auditorA, Map.of("q", "model:sim-chat"), 200);
        List<String> own = canonicals(tenantA, "AUDITOR_QUERY");
        assertThat(own).hasSize(1);
        assertThat(own.get(0)).contains("\"role\":\"auditor\"", "\"query_fields\":\"model\"", "\"hit_count\":6",
                "\"query_hmac\":\"hmac:").doesNotContain("sim-chat");

        String admin = key(tenantA, "admin");
        JsonPath across = search(admin, Map.of("tenant", tenantB, "q", "model:sim-chat"), 200);
        assertThat(across.getLong("total")).isEqualTo(4);
        assertThat(across.getList("events.event.tenant", String.class)).containsOnly(tenantB);
        List<String> recorded = canonicals(tenantB, "ADMIN_QUERY");
        assertThat(recorded).hasSize(1);
        assertThat(recorded.get(0)).contains("\"caller_tenant\":\"" + tenantA + "\"", "\"target_tenant\":\"" + tenantB + "\"",
                "\"role\":\"admin\"", "\"hit_count\":4").doesNotContain("sim-chat");
        // Tenant B's auditor finds the look taken at their register in the register itself.
        maintainer.sync();
        JsonPath seen = search(auditorB, Map.of("q", "type:ADMIN_QUERY"), 200);
        assertThat(seen.getLong("total")).isEqualTo(1);
        assertThat(seen.getString("events[0].event.attributes.caller_tenant")).isEqualTo(tenantA);

        // Every tenant at once, for the operator.
        JsonPath everyone = search(Gateway.MASTER_KEY, Map.of("q", "type:REQUEST_COMPLETION AND (model:sim-chat)", "tenant", "*",
                "from", before.toString(), "to", after.toString()), 200);
        assertThat(everyone.getMap("facets.type")).containsEntry("REQUEST_COMPLETION", everyone.getInt("total"));
        assertThat(everyone.getList("events.event.tenant", String.class)).contains(tenantA, tenantB);
    }

    @Test
    void aRebuildFromTheDatabaseEqualsTheLiveIndex() {
        maintainer.sync();
        Instant cut = Instant.now();
        EventQuery everything = new EventQuery("", Optional.empty(), Optional.empty(), Optional.of(cut), EventQuery.MAX_LIMIT);
        EventQuery ofA = new EventQuery("model:sim-chat", Optional.of(tenantA), Optional.empty(), Optional.of(cut), 10);
        SearchResult liveAll = direct(everything);
        SearchResult liveA = direct(ofA);

        JsonPath rebuilt = given().auth().oauth2(Gateway.MASTER_KEY).when().post("/audit/index/rebuild")
                .then().statusCode(200).extract().jsonPath();
        assertThat(rebuilt.getLong("events")).isGreaterThanOrEqualTo(liveAll.total());
        assertThat(rebuilt.getLong("took_ms")).isNotNegative();
        maintainer.sync();

        assertThat(direct(everything)).isEqualTo(liveAll);
        assertThat(direct(ofA)).isEqualTo(liveA);
        assertThat(liveA.total()).isEqualTo(6);
        given().auth().oauth2(auditorA).when().post("/audit/index/rebuild").then().statusCode(403)
                .body("error.code", equalTo("role_not_allowed"));
    }

    private SearchResult direct(EventQuery query) {
        return new EventSearch(maintainer.index().orElseThrow()).search(query);
    }

    private static String key(String tenant, String role) {
        return Gateway.issueKey(Map.of("name", role + " of " + tenant, "tenant", tenant, "roles", List.of(role),
                "default_purpose", "customer-support"));
    }

    private static void chat(String key, String model, int status) {
        given().auth().oauth2(key).contentType(ContentType.JSON)
                .body("{\"model\":\"" + model + "\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
                .when().post("/v1/chat/completions").then().statusCode(status);
    }

    private static JsonPath search(String key, Map<String, String> params, int status) {
        return given().auth().oauth2(key).queryParams(params).when().get("/audit/events")
                .then().statusCode(status).extract().jsonPath();
    }

    private List<String> canonicals(String tenant, String type) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT canonical FROM audit_event WHERE tenant = ? AND event_type = ? ORDER BY node_id, seq")) {
            query.setString(1, tenant);
            query.setString(2, type);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(row.getString(1));
                }
            }
        }
        return rows;
    }
}
