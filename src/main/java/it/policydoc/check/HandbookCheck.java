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

    private static final TargetReport.Codes MODERATION =
            new TargetReport.Codes("moderation-unknown-id", "moderation-missing-unit");
    private static final TargetReport.Codes CHAPTER_REFERENCE =
            new TargetReport.Codes("chapter-reference-unknown-id", "chapter-reference-missing-unit");

    private final ReferenceLabels labels;

    HandbookCheck(InlineMarkdown markdown) {
        this.labels = new ReferenceLabels(markdown);
    }

    @Override
    public List<Diagnostic> check(Policy policy, Outline outline) {
        List<String> ids = outline.units().stream().flatMap(u -> u.id().stream()).toList();
        List<Diagnostic> found = new ArrayList<>();
        for (UnitRef ref : policy.handbook().moderation()) {
            target(outline, ids, ref.path(), ref.pos(), MODERATION, found);
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
            found.add(problem(problem.what(), new SourcePos(chapter.file(), problem.line(), problem.column())));
        }
        for (ChapterSource.Reference reference : source.references()) {
            target(outline, ids, reference.target(), new SourcePos(chapter.file(), reference.line(), reference.column()),
                    CHAPTER_REFERENCE, found);
        }
    }

    private static Diagnostic problem(ChapterSource.Forbidden what, SourcePos at) {
        return switch (what) {
            case INCLUDE -> Diagnostic.error("chapter-include", at);
            case PASSTHROUGH -> Diagnostic.error("chapter-passthrough", at);
            case MEDIA -> Diagnostic.error("chapter-media", at);
            case UNCLOSED_BLOCK -> Diagnostic.error("chapter-unclosed-block", at);
        };
    }

    private void target(Outline outline, List<String> ids, String path, SourcePos at, TargetReport.Codes codes,
            List<Diagnostic> found) {
        TargetReport.of(outline.resolve(path), path, at, codes, ids, labels).ifPresent(found::add);
    }
}
