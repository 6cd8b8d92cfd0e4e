package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.Article;
import it.policydoc.model.Block;
import it.policydoc.model.Comma;
import it.policydoc.model.Outline;
import it.policydoc.model.Paragraph;
import it.policydoc.model.Point;
import it.policydoc.model.PointList;
import it.policydoc.model.Policy;
import it.policydoc.model.Section;
import it.policydoc.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers typed by hand at the start of a comma, point or paragraph ("1. Le presenti…",
 * "a) agevolare…"): policydoc numbers commi and points itself, so the page would print
 * "1. 1. Le presenti…", and a number typed by hand goes wrong as soon as a unit is added.
 */
final class HandNumberingCheck implements PolicyCheck {

    /** "1.", "2)", "a)", "(a)", "(3)" or a typed bullet, followed by a space. */
    private static final Pattern NUMBER = Pattern.compile(
            "^(\\d{1,3}[.)]|[a-zA-Z]\\)|\\((?:\\d{1,3}|[a-zA-Z])\\)|[•▪◦])(?=\\s)");

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<Diagnostic> found = new ArrayList<>();
        policy.preamble().forEach(p -> paragraph(p, found));
        blocks(policy.content(), found);
        return found;
    }

    private void blocks(List<Block> blocks, List<Diagnostic> found) {
        for (Block block : blocks) {
            if (block instanceof Section s) {
                blocks(s.content(), found);
            } else if (block instanceof Article a) {
                for (Comma c : a.commi()) {
                    text(c.text(), found);
                    c.points().ifPresent(l -> points(l, found));
                    c.continuation().forEach(p -> paragraph(p, found));
                }
            } else if (block instanceof Paragraph p) {
                paragraph(p, found);
            } else if (block instanceof PointList l) {
                points(l, found);
            }
        }
    }

    private void points(PointList list, List<Diagnostic> found) {
        for (Point p : list.points()) {
            text(p.text(), found);
            p.subpoints().ifPresent(l -> points(l, found));
        }
    }

    private void paragraph(Paragraph p, List<Diagnostic> found) {
        text(p.title().orElse(p.text()), found);
    }

    private static void text(Text text, List<Diagnostic> found) {
        Matcher m = NUMBER.matcher(text.markdown());
        if (m.find()) {
            found.add(Diagnostic.error("hand-numbering", text.pos(), m.group(1)));
        }
    }
}
