package it.policydoc.check;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.HandbookChapter;
import it.policydoc.model.Outline;
import it.policydoc.model.Policy;
import it.policydoc.model.SourcePos;
import it.policydoc.model.UnitRef;
import it.policydoc.text.ChapterSource;
import it.policydoc.text.InlineMarkdown;
import it.policydoc.text.ReferenceLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the staff handbook is made from besides the staff units: the units named under
 * {@code manuale: moderazione} exist, and the comune's own chapters start with a title, use
 * only what is safe to publish, and reference ({@code policy:…[]}) units that exist. Reads the
 * chapters' text as loaded; never starts Asciidoctor.
 */
final class HandbookCheck implements PolicyCheck {

    private final ReferenceLabels labels;

    HandbookCheck(InlineMarkdown markdown) {
        this.labels = new ReferenceLabels(markdown);
    }

    @Override
    public List<Diagnostic> check(Policy policy) {
        Outline outline = Outline.of(policy);
        List<String> ids = outline.units().stream().flatMap(u -> u.id().stream()).toList();
        List<Diagnostic> found = new ArrayList<>();
        for (UnitRef ref : policy.handbook().moderation()) {
            target(outline, ids, ref.path(), ref.pos(), "moderation", found);
        }
        for (HandbookChapter chapter : policy.comune().chapters()) {
            chapter(chapter, outline, ids, found);
        }
        return found;
    }

    private void chapter(HandbookChapter chapter, Outline outline, List<String> ids, List<Diagnostic> found) {
        ChapterSource source = ChapterSource.scan(chapter.asciidoc());
        if (!source.titled()) {
            found.add(Diagnostic.error("chapter-no-title", SourcePos.start(chapter.file())));
        }
        for (ChapterSource.Problem problem : source.problems()) {
            found.add(Diagnostic.error("chapter-" + problem.what().name().toLowerCase(java.util.Locale.ROOT),
                    new SourcePos(chapter.file(), problem.line(), problem.column())));
        }
        for (ChapterSource.Reference reference : source.references()) {
            target(outline, ids, reference.target(), new SourcePos(chapter.file(), reference.line(), reference.column()),
                    "chapter-reference", found);
        }
    }

    private void target(Outline outline, List<String> ids, String path, SourcePos at, String prefix,
            List<Diagnostic> found) {
        TargetReport.of(outline.resolve(path), path, at, prefix, ids, labels).ifPresent(found::add);
    }
}
