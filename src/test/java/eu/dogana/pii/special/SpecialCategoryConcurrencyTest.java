package eu.dogana.pii.special;

import static org.assertj.core.api.Assertions.assertThat;

import eu.dogana.pii.Finding;
import eu.dogana.pii.ScanText;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One detector serves many scans at once, as in the gateway (a virtual thread per request): its pooled workspaces
 * and their remembered words must give every scan the findings it gets alone, in any interleaving.
 */
class SpecialCategoryConcurrencyTest {

    private static final List<String> TEXTS = List.of(
            "Der Patient hat Diabetes Typ 2 und ist Mitglied der Gewerkschaft ver.di.",
            "The applicant was convicted of fraud in 2019 and is a practising Catholic.",
            "Il paziente è affetto da diabete e ha un disturbo bipolare; è iscritto alla CGIL.",
            "Le patient est séropositif et d'origine marocaine, il vote pour le Parti socialiste.",
            "La paciente tiene cáncer de mama y es testigo de Jehová.",
            "De patiënt heeft kanker en is lid van de FNV; hij is homoseksueel.",
            "Pacjent choruje na cukrzycę i jest członkiem związku zawodowego.",
            "O doente tem VIH e é militante do Partido Comunista.");

    @Test
    void concurrentScansFindWhatEachFindsAlone() throws Exception {
        SpecialCategoryDetector detector = new SpecialCategoryDetector();
        List<List<Finding>> alone = new ArrayList<>();
        for (String text : TEXTS) {
            alone.add(scan(detector, text));
        }
        assertThat(alone).allSatisfy(findings -> assertThat(findings).isNotEmpty());

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int task = 0; task < 64; task++) {
                int first = task;
                runs.add(threads.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        int t = (first + i) % TEXTS.size();
                        if (!scan(detector, TEXTS.get(t)).equals(alone.get(t))) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        }
    }

    private static List<Finding> scan(SpecialCategoryDetector detector, String text) {
        List<Finding> found = new ArrayList<>();
        detector.detect(new ScanText(text), found::add);
        return found;
    }
}
