package eu.dogana.storage;

import io.quarkus.arc.InjectableInstance;

/** Picks, of the H2 and the PostgreSQL flavour of a bean, the one whose datasource {@code dogana.db} activated. */
final class ActiveBean {

    private ActiveBean() {
    }

    static <T> T of(InjectableInstance<T> h2, InjectableInstance<T> pg, String what) {
        if (h2.getHandle().getBean().isActive()) {
            return h2.get();
        }
        if (pg.getHandle().getBean().isActive()) {
            return pg.get();
        }
        throw new IllegalStateException("no " + what + " is active: set dogana.db to h2 or postgresql");
    }
}
