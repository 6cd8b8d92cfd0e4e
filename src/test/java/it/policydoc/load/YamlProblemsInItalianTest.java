package it.policydoc.load;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.diag.Diagnostic;
import it.policydoc.diag.DiagnosticFormatter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of problem snakeyaml-engine raises (scanner, parser, composer, limits), driven by
 * broken variants of the Coccaglio policy: the clerk reads an Italian message, never the
 * library's English, at a line of the file.
 */
class YamlProblemsInItalianTest {

    /** Words of snakeyaml-engine's own messages ("while scanning a simple key", "expected <block end>"…). */
    private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(expected|found|while|scanning|parsing|mapping|scalar"
            + "|token|could not|character|block|alias|anchor|document|stream|allowed|undefined|escape|directive"
            + "|unexpected|sequence|collection|indicator|simple key|line break|indentation|exceeds|the)\\b|<[a-z ]+>");

    @TempDir
    Path tmp;

    static Stream<String> brokenPolicies() {
        String p = "- agevolare l'accesso";
        return Stream.of(
                CoccaglioVariants.edit("stato: bozza", "stato bozza"),
                CoccaglioVariants.edit("    id: oggetto", "\tid: oggetto"),
                CoccaglioVariants.edit("    id: oggetto", "      id: oggetto"),
                CoccaglioVariants.edit("    id: oggetto", "   id: oggetto"),
                CoccaglioVariants.edit("\"Il Comune di Coccaglio utilizza", "\"Il Comune di \"Coccaglio\" utilizza"),
                CoccaglioVariants.edit("utilizza i propri social per:\"", "utilizza i propri social per:"),
                CoccaglioVariants.edit("\"Il Comune di Coccaglio utilizza", "\"Il Comune di Coccaglio\\q utilizza"),
                CoccaglioVariants.edit("\"Il Comune di Coccaglio utilizza", "\"Il Comune di Coccaglio\\u00 utilizza"),
                CoccaglioVariants.edit(p, "- @comune agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- `comune` agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- *Importante* agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- *importante agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- & agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- [[oggetto]] agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- {nota} agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- > agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- | agevolare l'accesso"),
                CoccaglioVariants.edit(p, "- 'agevolare' l'accesso"),
                CoccaglioVariants.edit(p, "- “agevolare: l'accesso”"),
                CoccaglioVariants.edit(p, "- agevolare: l'accesso: ai servizi"),
                CoccaglioVariants.edit("canali: [Facebook, Instagram]", "canali: [Facebook, Instagram"),
                CoccaglioVariants.edit("canali: [Facebook, Instagram]", "canali: {Facebook, Instagram"),
                CoccaglioVariants.edit("canali: [Facebook, Instagram]", "---\ncanali: [Facebook, Instagram]"),
                CoccaglioVariants.edit("canali: [Facebook, Instagram]", "canali: [Facebook, *Instagram]"),
                "%YAML 1.2\n%YAML 1.2\n" + CoccaglioVariants.POLICY,
                "%FOO bar\n" + CoccaglioVariants.POLICY + "\n...\n%YAML 1.1\n--- x\n",
                CoccaglioVariants.edit("titolo:", " titolo:"),
                CoccaglioVariants.edit("          " + "- >-\n            divulgare", "        - >-\n            divulgare"),
                CoccaglioVariants.edit("          - agevolare l'accesso", "         - agevolare l'accesso"),
                CoccaglioVariants.edit("stato: bozza", "stato: bozza\n? [complessa]\n: chiave"),
                CoccaglioVariants.edit("stato: bozza", "stato: &s bozza\nstato_bis: *t"),
                CoccaglioVariants.edit("stato: bozza", "stato: !bozza approvata"),
                CoccaglioVariants.edit("stato: bozza", "stato: bozza\nstato: approvata"),
                CoccaglioVariants.edit("manuale:", "manuale: x\n  moderazione_extra: y\nmanuale_bis:"),
                CoccaglioVariants.edit("titolo_breve: Linee guida per i profili social", "titolo_breve: Linee guida per i profili #social"),
                CoccaglioVariants.POLICY.replace("\n", "\n\u00a0").substring(0, 200),
                "- solo\n- un elenco\n  bad: [\n",
                "titolo: 'non chiuso\n",
                "titolo: \"x\"y\"\n");
    }

    @ParameterizedTest
    @MethodSource("brokenPolicies")
    void noEnglishParserTextReachesTheClerk(String policy) {
        LoadResult result = CoccaglioVariants.load(tmp, policy);
        assertFalse(result.diagnostics().isEmpty(), "a broken file gives a diagnostic");
        assertTrue(result.policies().isEmpty(), "and no policy");
        DiagnosticFormatter italian = new DiagnosticFormatter(Locale.ITALIAN);
        int lines = (int) policy.lines().count() + 1;
        for (Diagnostic d : result.diagnostics()) {
            String message = italian.message(d);
            assertFalse(ENGLISH.matcher(message).find(), () -> "English in: " + italian.format(d));
            assertTrue(italian.format(d).contains(": errore: "), italian.format(d));
            assertTrue(d.pos().line() >= 1 && d.pos().line() <= lines, italian.format(d));
        }
    }

    @ParameterizedTest
    @MethodSource("brokenPolicies")
    void theSyntaxErrorsAreNamedNotLeftGeneric(String policy) {
        LoadResult result = CoccaglioVariants.load(tmp, policy);
        List<String> generic = result.diagnostics().stream().filter(d -> d.code().equals("yaml-syntax"))
                .map(d -> new DiagnosticFormatter(Locale.ENGLISH).format(d)).toList();
        assertTrue(generic.isEmpty(), generic::toString);
    }
}
