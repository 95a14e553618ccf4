package eu.dogana.gateway.privacy;

import eu.dogana.audit.Pseudonyms;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The PII machinery, built once: detectors and their gazetteers load at startup, not on the first request. */
final class PrivacyBeans {

    @Produces
    @Singleton
    PiiScanner scanner() {
        return new PiiScanner(DefaultDetectors.all());
    }

    @Produces
    @Singleton
    PiiSettings settings(PiiConfig config) {
        return PiiSettings.of(config);
    }

    @Produces
    @Singleton
    TenantHashes tenantHashes(Pseudonyms pseudonyms) {
        return new TenantHashes(pseudonyms);
    }

    @Produces
    @Singleton
    PromptGuard promptGuard(PiiScanner scanner, PiiSettings settings, TenantHashes tenantHashes) {
        return new PromptGuard(scanner, settings, tenantHashes);
    }

    @Produces
    @Singleton
    AnswerGuard answerGuard(PiiScanner scanner, PiiSettings settings, TenantHashes tenantHashes) {
        return new AnswerGuard(scanner, settings, tenantHashes);
    }
}
