package eu.dogana.storage;

import io.quarkus.arc.InjectableInstance;
import io.quarkus.hibernate.orm.PersistenceUnit;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import org.hibernate.Session;

/**
 * Produces the {@link Session} of whichever persistence unit is active at run time.
 *
 * <p>One build carries both an H2 and a PostgreSQL persistence unit over the same entities, because a
 * datasource's kind is fixed at build time; {@code dogana.db} activates exactly one of them. Code injects
 * {@code @Storage Session} and never needs to know which database is behind it.
 */
@Singleton
final class ActiveSession {

    private final InjectableInstance<Session> h2;
    private final InjectableInstance<Session> pg;

    ActiveSession(@PersistenceUnit("h2") InjectableInstance<Session> h2,
                  @PersistenceUnit("pg") InjectableInstance<Session> pg) {
        this.h2 = h2;
        this.pg = pg;
    }

    @Produces
    @Storage
    Session session() {
        return ActiveBean.of(h2, pg, "persistence unit");
    }
}
