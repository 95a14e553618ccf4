package eu.dogana.pii.scan;

import eu.dogana.pii.Detector;
import eu.dogana.pii.contact.EmailDetector;
import eu.dogana.pii.contact.UrlDetector;
import eu.dogana.pii.contact.phone.PhoneDetector;
import eu.dogana.pii.date.DateDetector;
import eu.dogana.pii.finance.CreditCardDetector;
import eu.dogana.pii.finance.CryptoDetector;
import eu.dogana.pii.finance.EuVatDetector;
import eu.dogana.pii.finance.IbanDetector;
import eu.dogana.pii.location.AddressDetector;
import eu.dogana.pii.name.PersonDetector;
import eu.dogana.pii.nationalid.AustrianSvnrDetector;
import eu.dogana.pii.nationalid.BelgianNationalNumberDetector;
import eu.dogana.pii.nationalid.DanishCprDetector;
import eu.dogana.pii.nationalid.DutchBsnDetector;
import eu.dogana.pii.nationalid.FinnishHetuDetector;
import eu.dogana.pii.nationalid.FrenchNirDetector;
import eu.dogana.pii.nationalid.GermanHealthInsuranceNumberDetector;
import eu.dogana.pii.nationalid.GermanIdCardDetector;
import eu.dogana.pii.nationalid.GermanTaxIdDetector;
import eu.dogana.pii.nationalid.IrishPpsnDetector;
import eu.dogana.pii.nationalid.ItalianFiscalCodeDetector;
import eu.dogana.pii.nationalid.ItalianVatCodeDetector;
import eu.dogana.pii.nationalid.PassportDetector;
import eu.dogana.pii.nationalid.PolishPeselDetector;
import eu.dogana.pii.nationalid.PortugueseNifDetector;
import eu.dogana.pii.nationalid.SpanishNieDetector;
import eu.dogana.pii.nationalid.SpanishNifDetector;
import eu.dogana.pii.nationalid.SwedishPersonnummerDetector;
import eu.dogana.pii.network.IpAddressDetector;
import eu.dogana.pii.network.MacAddressDetector;
import eu.dogana.pii.secret.SecretDetector;
import eu.dogana.pii.special.SpecialCategoryDetector;
import java.util.List;

/** Every detector Dogana ships, in the order they run (the order does not change results; see {@link Overlaps}). */
public final class DefaultDetectors {

    private DefaultDetectors() {
    }

    public static List<Detector> all() {
        return all(PhoneDetector.DEFAULT_HOME_REGIONS);
    }

    /** @param phoneHomeRegions the regions whose national phone numbers are looked for without context */
    public static List<Detector> all(List<String> phoneHomeRegions) {
        return List.of(
                // contact, finance, network, secrets, dates: each with its validator
                new EmailDetector(), new PhoneDetector(phoneHomeRegions), new UrlDetector(),
                new IbanDetector(), new CreditCardDetector(), new CryptoDetector(), new EuVatDetector(),
                new IpAddressDetector(), new MacAddressDetector(),
                new SecretDetector(),
                new DateDetector(),
                // national identifiers, sharing one candidate pass (IdCandidates)
                new ItalianFiscalCodeDetector(), new ItalianVatCodeDetector(),
                new GermanTaxIdDetector(), new GermanIdCardDetector(), new GermanHealthInsuranceNumberDetector(),
                new FrenchNirDetector(), new SpanishNifDetector(), new SpanishNieDetector(), new DutchBsnDetector(),
                new PolishPeselDetector(), new BelgianNationalNumberDetector(), new AustrianSvnrDetector(),
                new PortugueseNifDetector(), new SwedishPersonnummerDetector(), new FinnishHetuDetector(),
                new DanishCprDetector(), new IrishPpsnDetector(), new PassportDetector(),
                // names and places from the gazetteer of Datafaker's locale lists
                new PersonDetector(), new AddressDetector(),
                // GDPR Art. 9/10 topics from the lexicons
                new SpecialCategoryDetector());
    }
}
