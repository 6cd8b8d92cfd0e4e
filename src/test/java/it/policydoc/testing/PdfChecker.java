package it.policydoc.testing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF, in this JVM, against the profiles the deliberation PDF claims:
 * PDF/A-3a (archival, with associated files) and PDF/UA-1 (accessible).
 *
 * <p>Setting veraPDF up (its model and profiles) takes a while, so it is done once per JVM; a
 * check then takes some tenths of a second. veraPDF's validators keep state while they run, so
 * each check makes its own, from profiles veraPDF caches.
 */
public final class PdfChecker {

    public static final List<PDFAFlavour> PROFILES = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

    /** veraPDF logs through java.util.logging at INFO and WARNING while it parses; held strongly. */
    private static final Logger VERAPDF_LOG = Logger.getLogger("org.verapdf");

    static {
        VERAPDF_LOG.setLevel(Level.SEVERE);
        VeraGreenfieldFoundryProvider.initialise();
    }

    /**
     * One rule a PDF breaks, with how often.
     *
     * @param profile e.g. "PDF/UA-1"
     * @param rule the clause and test number, e.g. "7.1-3"
     */
    public record Failure(String profile, String rule, String description, int checks) {
        @Override
        public String toString() {
            return profile + " " + rule + " (" + checks + "×): " + description;
        }
    }

    private PdfChecker() {
    }

    /** Every rule of {@link #PROFILES} the PDF breaks; empty when it conforms to all of them. */
    public static List<Failure> failures(byte[] pdf) {
        List<Failure> failures = new ArrayList<>();
        for (PDFAFlavour flavour : PROFILES) {
            failures.addAll(failures(pdf, flavour));
        }
        return failures;
    }

    public static List<Failure> failures(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            Map<String, Failure> byRule = new TreeMap<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() != TestAssertion.Status.FAILED) {
                    continue;
                }
                String rule = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber();
                Failure seen = byRule.get(rule);
                byRule.put(rule, new Failure(flavour.getId(), rule, assertion.getMessage(),
                        seen == null ? 1 : seen.checks() + 1));
            }
            if (!result.isCompliant() && byRule.isEmpty()) {
                throw new IllegalStateException("veraPDF found " + flavour + " not compliant without naming a rule");
            }
            return List.copyOf(byRule.values());
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF against " + flavour, e);
        }
    }
}
