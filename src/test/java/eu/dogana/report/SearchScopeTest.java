package eu.dogana.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.dogana.gateway.error.GatewayException;
import eu.dogana.security.Principal;
import eu.dogana.security.PrincipalKind;
import eu.dogana.security.Role;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SearchScopeTest {

    private static Principal principal(PrincipalKind kind, String tenant, Role... roles) {
        return new Principal("id", kind, tenant, roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles), Optional.empty(), Set.of());
    }

    @Test
    void auditorsAndDposStayInTheirTenant() {
        Principal auditor = principal(PrincipalKind.API_KEY, "acme", Role.AUDITOR);
        assertThat(SearchScope.of(auditor, Optional.empty())).isEqualTo(new SearchScope(Optional.of("acme"), false));
        assertThat(SearchScope.of(auditor, Optional.of("acme"))).isEqualTo(new SearchScope(Optional.of("acme"), false));
        assertThatThrownBy(() -> SearchScope.of(auditor, Optional.of("globex"))).isInstanceOf(GatewayException.class)
                .extracting("code").isEqualTo("tenant_not_allowed");
        assertThatThrownBy(() -> SearchScope.of(principal(PrincipalKind.OIDC_TOKEN, "acme", Role.DPO), Optional.of("*")))
                .isInstanceOf(GatewayException.class);
    }

    @Test
    void adminsMayLookBeyondTheirTenantAndThatIsCrossTenant() {
        Principal admin = principal(PrincipalKind.API_KEY, "acme", Role.ADMIN);
        assertThat(SearchScope.of(admin, Optional.empty())).isEqualTo(new SearchScope(Optional.of("acme"), false));
        assertThat(SearchScope.of(admin, Optional.of("globex"))).isEqualTo(new SearchScope(Optional.of("globex"), true));
        assertThat(SearchScope.of(admin, Optional.of("*"))).isEqualTo(new SearchScope(Optional.empty(), true));
        Principal operator = principal(PrincipalKind.MASTER_KEY, "operator", Role.values());
        assertThat(SearchScope.of(operator, Optional.empty())).isEqualTo(new SearchScope(Optional.empty(), true));
    }
}
