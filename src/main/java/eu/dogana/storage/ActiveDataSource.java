package eu.dogana.storage;

import io.agroal.api.AgroalDataSource;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Produces the JDBC {@link AgroalDataSource} that {@code dogana.db} activated, for the few writers that batch
 * plain SQL (the register's group commit) rather than go through Hibernate.
 */
@Singleton
final class ActiveDataSource {

    private final InjectableInstance<AgroalDataSource> h2;
    private final InjectableInstance<AgroalDataSource> pg;

    ActiveDataSource(@DataSource("h2") InjectableInstance<AgroalDataSource> h2,
                     @DataSource("pg") InjectableInstance<AgroalDataSource> pg) {
        this.h2 = h2;
        this.pg = pg;
    }

    @Produces
    @Storage
    AgroalDataSource dataSource() {
        return ActiveBean.of(h2, pg, "datasource");
    }
}
