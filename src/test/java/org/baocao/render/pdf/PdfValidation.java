package org.baocao.render.pdf;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.Rule;
import org.verapdf.pdfa.validation.profiles.RuleId;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** veraPDF validation for tests: reuse it to check any generated PDF. */
public final class PdfValidation {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidation() {}

    /**
     * Validates {@code pdf} against {@code flavour} (e.g. {@link PDFAFlavour#PDFUA_1},
     * {@link PDFAFlavour#PDFA_3_A}). Returns one line per failed rule:
     * "clause-test: description (N failures, e.g. context: message)"; empty if compliant.
     */
    public static List<String> failures(Path pdf, PDFAFlavour flavour) {
        try (InputStream in = Files.newInputStream(pdf);
             PDFAParser parser = Foundries.defaultInstance().createParser(in, flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) return List.of();
            Map<String, String> byRule = new TreeMap<>();
            Map<String, Integer> counts = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() != TestAssertion.Status.FAILED) continue;
                RuleId id = a.getRuleId();
                String key = id.getClause() + "-" + id.getTestNumber();
                counts.merge(key, 1, Integer::sum);
                byRule.computeIfAbsent(key, k -> {
                    Rule rule = result.getValidationProfile().getRuleByRuleId(id);
                    String desc = rule == null ? "" : rule.getDescription();
                    return desc + " [e.g. " + a.getLocationContext() + ": " + a.getErrorMessage() + "]";
                });
            }
            if (byRule.isEmpty()) return List.of("not compliant, but no failed assertion reported: " + result.getJobEndStatus());
            return byRule.entrySet().stream()
                    .map(e -> e.getKey() + " (" + counts.get(e.getKey()) + "x): " + e.getValue())
                    .toList();
        } catch (Exception e) {
            return List.of("veraPDF could not validate " + pdf + ": " + e);
        }
    }
}
