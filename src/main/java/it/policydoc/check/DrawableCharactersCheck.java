package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Act;
import it.policydoc.model.Comune;
import it.policydoc.model.Contacts;
import it.policydoc.model.HandbookChapter;
import it.policydoc.model.Office;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Every character that goes into a PDF can be drawn by its fonts. A character no font has would
 * be printed as "#": the approved text would change silently, so it is an error at the place it
 * was typed, once per character and text.
 */
final class DrawableCharactersCheck implements PolicyCheck {

    private final IntPredicate drawable;

    /** @param drawable whether the PDFs' fonts can draw a code point */
    DrawableCharactersCheck(IntPredicate drawable) {
        this.drawable = drawable;
    }

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        text(policy.metadata().title(), found);
        outline.texts().forEach(site -> text(site.text(), found));
        Comune comune = policy.comune();
        plain(comune.name(), comune.pos(), found);
        contacts(comune.contacts(), comune.pos(), found);
        for (Office office : comune.offices()) {
            plain(office.name(), office.pos(), found);
            office.description().ifPresent(d -> plain(d, office.pos(), found));
            contacts(office.contacts(), office.pos(), found);
        }
        for (Act act : policy.metadata().acts()) {
            plain(act.organ(), act.pos(), found);
            act.subject().ifPresent(s -> plain(s, act.pos(), found));
        }
        // Values read without positions of their own: reported at the top of the policy's file.
        SourcePos file = SourcePos.start(policy.source());
        policy.metadata().signatures().roles().forEach(role -> plain(role, file, found));
        policy.metadata().shortTitle().ifPresent(t -> plain(t, file, found));
        for (HandbookChapter chapter : policy.comune().chapters()) {
            chapter(chapter, found);
        }
        return found;
    }

    private void text(Text text, List<Diagnostic> found) {
        scan(text.markdown(), text::positionOf, found);
    }

    /** A value whose inner positions are not kept: reported where the value is. */
    private void plain(String value, SourcePos pos, List<Diagnostic> found) {
        scan(value, offset -> pos, found);
    }

    private void contacts(Contacts contacts, SourcePos pos, List<Diagnostic> found) {
        for (Optional<String> value : List.of(contacts.address(), contacts.phone(), contacts.email(), contacts.pec(),
                contacts.website())) {
            value.ifPresent(v -> plain(v, pos, found));
        }
    }

    private void chapter(HandbookChapter chapter, List<Diagnostic> found) {
        String[] lines = chapter.asciidoc().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            SourcePos line = new SourcePos(chapter.file(), i + 1, 1);
            scan(lines[i], line::right, found);
        }
    }

    private interface Positions {
        SourcePos at(int offset);
    }

    private void scan(String value, Positions positions, List<Diagnostic> found) {
        Set<Integer> reported = new HashSet<>();
        for (int offset = 0; offset < value.length(); ) {
            int cp = value.codePointAt(offset);
            if (cp >= 0x80 && !drawable.test(cp) && reported.add(cp)) {
                found.add(Diagnostic.error("undrawable-character", positions.at(offset),
                        new String(Character.toChars(cp)), codeOf(cp)));
            }
            offset += Character.charCount(cp);
        }
    }

    private static String codeOf(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}
