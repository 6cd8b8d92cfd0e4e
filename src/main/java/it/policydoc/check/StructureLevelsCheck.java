package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Block;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.SectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Titoli, capi and sezioni nest as Italian drafting nests them: a capo inside a titolo, a sezione
 * inside a capo, never the reverse (their numbers would count in the wrong container).
 */
final class StructureLevelsCheck implements PolicyCheck {

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        walk(policy.content(), Optional.empty(), found);
        return found;
    }

    /** @param enclosing the level of the nearest numbered container around these blocks */
    private static void walk(List<Block> blocks, Optional<SectionLevel> enclosing, List<Diagnostic> found) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                Optional<SectionLevel> level = s.level();
                if (level.isPresent() && enclosing.isPresent() && !enclosing.get().encloses(level.get())) {
                    found.add(Diagnostic.error("section-level-order", s.pos(), level.get().yamlName(),
                            enclosing.get().yamlName()));
                }
                walk(s.content(), level.or(() -> enclosing), found);
            }
        }
    }
}
