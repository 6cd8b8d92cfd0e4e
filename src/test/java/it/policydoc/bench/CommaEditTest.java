package it.policydoc.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.policydoc.load.LoadResult;
import it.policydoc.load.PolicyLoader;
import it.policydoc.model.Audience;
import it.policydoc.model.Comma;
import it.policydoc.model.Excerpt;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import it.policydoc.model.Unit;
import it.policydoc.pipeline.PolicyBuild;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's edit: which comma it picks from the model, and that each edit changes that comma and nothing else. */
class CommaEditTest {

    private static final int EDITS = 12;

    @TempDir
    Path tmp;

    @Test
    void theCommaOutsideTheHandbookIsForThePublicAndTheHandbookLeavesItOut() throws IOException {
        Policy policy = coccaglio();
        CommaEdit edit = CommaEdit.outsideHandbook(policy, Files.readString(policy.source())).orElseThrow();
        Comma comma = comma(policy, edit.anchor());
        assertEquals(Audience.PUBLIC, comma.audience());
        assertFalse(anchors(Excerpt.forStaff(policy), policy).contains(edit.anchor()));
        assertFalse(anchors(Excerpt.ofUnits(policy, policy.handbook().moderation()), policy).contains(edit.anchor()));
    }

    @Test
    void theCommaInsideTheHandbookIsForStaffAndTheHandbookPrintsIt() throws IOException {
        Policy policy = coccaglio();
        CommaEdit edit = CommaEdit.insideHandbook(policy, Files.readString(policy.source())).orElseThrow();
        assertEquals(Audience.STAFF, comma(policy, edit.anchor()).audience());
        assertTrue(anchors(Excerpt.forStaff(policy), policy).contains(edit.anchor()));
    }

    @Test
    void everyEditKeepsTheYamlValidAndChangesOneWordOfTheChosenCommaOnly() throws IOException {
        for (BiFunction<Policy, String, Optional<CommaEdit>> choice
                : List.<BiFunction<Policy, String, Optional<CommaEdit>>>of(CommaEdit::outsideHandbook,
                        CommaEdit::insideHandbook)) {
            Path policies = copyOfPolicies();
            Policy original = load(policies);
            String yaml = Files.readString(original.source(), StandardCharsets.UTF_8);
            CommaEdit edit = choice.apply(original, yaml).orElseThrow();
            Map<String, String> before = commaTexts(original);
            for (int i = 0; i < EDITS; i++) {
                String edited = edit.edited(yaml, i);
                assertOneWordTurned(yaml, edited);
                Files.writeString(original.source(), edited, StandardCharsets.UTF_8);
                PolicyBuild.Outcome checked = new PolicyBuild().check(List.of(policies));
                assertFalse(checked.hasErrors(), checked.diagnostics()::toString);
                Map<String, String> after = commaTexts(load(policies));
                assertEquals(before.keySet(), after.keySet());
                List<String> changed = before.keySet().stream()
                        .filter(a -> !before.get(a).equals(after.get(a))).toList();
                assertEquals(List.of(edit.anchor()), changed, "edit " + i);
                assertEquals(before.get(edit.anchor()).toLowerCase(Locale.ITALIAN),
                        after.get(edit.anchor()).toLowerCase(Locale.ITALIAN));
                yaml = edited;
            }
        }
    }

    @Test
    void wordsAreTakenOnlyWhereTheFileHasThemAndNeverInsideMarkup() {
        String yaml = "punti:\n  - \"Il \\\"comune\\\" pubblica\"\n  - vedi [[finalita|articolo 2]] e [sito](https://esempio.it/pagina) oggi\n";
        Text quoted = new Text("Il \"comune\" pubblica", new SourcePos(Path.of("p.yaml"), 2, 6));
        assertEquals(List.of(), CommaEdit.words(quoted, yaml), "after an escape the columns no longer match the text");
        Text plain = new Text("vedi [[finalita|articolo 2]] e [sito](https://esempio.it/pagina) oggi",
                new SourcePos(Path.of("p.yaml"), 3, 5));
        List<String> words = CommaEdit.words(plain, yaml).stream()
                .map(w -> yaml.substring(w.offset(), w.offset() + w.length())).toList();
        assertEquals(List.of("vedi", "sito", "oggi"), words);
    }

    /** The two texts differ in one run of letters, in case only. */
    private static void assertOneWordTurned(String before, String after) {
        assertEquals(before.length(), after.length());
        assertNotEquals(before, after);
        int first = 0;
        while (before.charAt(first) == after.charAt(first)) {
            first++;
        }
        int last = before.length() - 1;
        while (before.charAt(last) == after.charAt(last)) {
            last--;
        }
        String was = before.substring(first, last + 1);
        String now = after.substring(first, last + 1);
        assertTrue(was.chars().allMatch(Character::isLetter), was);
        assertTrue(was.equalsIgnoreCase(now), was + " → " + now);
    }

    private Policy coccaglio() throws IOException {
        return load(copyOfPolicies());
    }

    private static Policy load(Path policies) {
        LoadResult loaded = new PolicyLoader().load(List.of(policies.resolve("coccaglio")));
        assertTrue(loaded.diagnostics().stream().noneMatch(d -> d.isError()), loaded.diagnostics()::toString);
        return loaded.policies().get(0);
    }

    private static Comma comma(Policy policy, String anchor) {
        return Outline.of(policy).byAnchor(anchor).flatMap(Unit::comma).orElseThrow();
    }

    private static List<String> anchors(Excerpt excerpt, Policy policy) {
        Policy part = new Policy(policy.slug(), policy.source(), policy.base(), policy.comune(), policy.metadata(),
                excerpt.preamble(), excerpt.content(), policy.handbook());
        return Outline.of(part).units().stream().filter(u -> u.kind() == Unit.Kind.COMMA).map(Unit::anchor).toList();
    }

    /** Every text of every comma, its own and its points' and paragraphs', by the comma's anchor. */
    private static Map<String, String> commaTexts(Policy policy) {
        Map<String, String> texts = new LinkedHashMap<>();
        Outline outline = Outline.of(policy);
        for (Outline.TextSite site : outline.texts()) {
            String owner = site.owner().map(u -> u.comma().map(Comma::anchor).orElse(u.anchor())).orElse("premessa");
            texts.merge(owner, site.text().markdown(), (a, b) -> a + "\n" + b);
        }
        return texts;
    }

    private Path copyOfPolicies() throws IOException {
        Path target = Files.createTempDirectory(tmp, "policies");
        Folders.copy(Path.of("policies"), target);
        return target;
    }
}
