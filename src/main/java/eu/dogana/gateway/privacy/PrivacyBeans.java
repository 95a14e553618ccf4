package eu.dogana.gateway.privacy;

import eu.dogana.audit.Pseudonyms;
import eu.dogana.pii.contact.phone.PhoneDetector;
import eu.dogana.pii.scan.DefaultDetectors;
import eu.dogana.pii.scan.PiiScanner;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;

/** The PII machinery, built once: detectors and their gazetteers load at startup, not on the first request. */
final class PrivacyBeans {

    @Produces
    @Singleton
    PiiScanner scanner(PiiConfig config) {
        return new PiiScanner(DefaultDetectors.all(phoneHomeRegions(config.phone().homeRegions())));
    }

    /** The configured regions, checked: one the phone detector does not know stops the gateway at startup. */
    static List<String> phoneHomeRegions(List<String> configured) {
        List<String> regions = configured.stream().map(region -> region.strip().toUpperCase(Locale.ROOT)).toList();
        for (String region : regions) {
            if (!PhoneDetector.EUROPEAN_REGIONS.contains(region)) {
                throw new IllegalArgumentException("dogana.pii.phone.home-regions: '" + region + "' is not one of "
                        + String.join(", ", PhoneDetector.EUROPEAN_REGIONS));
            }
        }
        return regions;
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
