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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the staff handbook is made from besides the staff units: the units named under
 * {@code manuale: moderazione} exist, and the comune's own chapters start with a title, use
 * only what is safe to publish, give no id the handbook already uses, and reference
 * ({@code policy:…[]}, {@code <<id>>}) units and places that exist. Reads the
 * chapters' text as loaded; never starts Asciidoctor.
 */
final class HandbookCheck implements PolicyCheck {

    private static final TargetReport.Codes MODERATION =
            new TargetReport.Codes("moderation-unknown-id", "moderation-missing-unit");
    private static final TargetReport.Codes CHAPTER_REFERENCE =
            new TargetReport.Codes("chapter-reference-unknown-id", "chapter-reference-missing-unit");

    /**
     * The ids the handbook gives its own parts and the page around it. A chapter's own ids must
     * differ: a second element with one of them would take its links, or hide the contacts.
     */
    private static final Set<String> PAGE_IDS = Set.of("contenuto", "_titolo", "_indice");
    /** The handbook's chapters, which a chapter may link to. */
    private static final Set<String> HANDBOOK_IDS = Set.of("_manuale-perche", "_manuale-regole",
            "_manuale-moderazione", "_manuale-contatti", "_manuale-presa-visione");

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
        Map<HandbookChapter, ChapterSource> sources = new LinkedHashMap<>();
        policy.comune().chapters().forEach(c -> sources.put(c, ChapterSource.scan(c.asciidoc())));
        Set<String> targets = new HashSet<>(HANDBOOK_IDS);
        for (ChapterSource source : sources.values()) {
            source.anchors().forEach(a -> targets.add(a.id()));
            source.sections().forEach(a -> targets.add(a.id()));
        }
        sources.forEach((chapter, source) -> {
            chapter(chapter, source, outline, ids, found);
            names(chapter, source, outline, targets, found);
        });
        return found;
    }

    /** Ids the chapter gives that the handbook already uses, and cross-references to nothing. */
    private static void names(HandbookChapter chapter, ChapterSource source, Outline outline, Set<String> targets,
            List<Diagnostic> found) {
        for (ChapterSource.Name anchor : source.anchors()) {
            String id = anchor.id();
            if (id.startsWith("_") || PAGE_IDS.contains(id) || outline.byAnchor(id).isPresent()) {
                found.add(Diagnostic.error("chapter-reserved-id", at(chapter, anchor), id));
            }
        }
        for (ChapterSource.Name reference : source.crossReferences()) {
            if (!targets.contains(reference.id())) {
                found.add(Diagnostic.error("chapter-xref-unknown", at(chapter, reference), reference.id()));
            }
        }
    }

    private static SourcePos at(HandbookChapter chapter, ChapterSource.Name name) {
        return new SourcePos(chapter.file(), name.line(), name.column());
    }

    private void chapter(HandbookChapter chapter, ChapterSource source, Outline outline, List<String> ids,
            List<Diagnostic> found) {
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
            case CONDITIONAL -> Diagnostic.error("chapter-conditional", at);
            case TOO_DEEP -> Diagnostic.error("chapter-too-deep", at, Integer.toString(ChapterSource.MAX_BLOCK_DEPTH),
                    Integer.toString(ChapterSource.MAX_LIST_DEPTH));
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
