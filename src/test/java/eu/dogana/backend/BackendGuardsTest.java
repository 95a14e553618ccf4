package eu.dogana.backend;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.http.HttpClosedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;

class BackendGuardsTest {

    @Test
    void aReusedConnectionClosedUnderUsDoesNotCountAgainstTheBackend() {
        assertThat(BackendGuards.countsAgainstBackend(new BackendException.Unavailable("b", "closed",
                new HttpClosedException("Connection was closed")))).isFalse();
    }

    @Test
    void refusedConnectionsTimeoutsAndServerErrorsDo() {
        assertThat(BackendGuards.countsAgainstBackend(new BackendException.Unavailable("b", "refused",
                new ConnectException("Connection refused")))).isTrue();
        assertThat(BackendGuards.countsAgainstBackend(new BackendException.Timeout("b", "slow"))).isTrue();
        assertThat(BackendGuards.countsAgainstBackend(new BackendException.ErrorStatus("b", 500,
                new BackendError("boom", java.util.Optional.empty())))).isTrue();
    }
}
