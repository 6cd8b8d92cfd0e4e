package it.policydoc.importing.structure;

import it.policydoc.model.ListStyle;
import it.policydoc.model.Numerals;
import it.policydoc.model.SectionLevel;
import it.policydoc.model.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The text as the detector grows it, line by line: mutable, private to this package, frozen
 * into the model once the whole file is read. Texts are builders so that a line broken by the
 * source can be joined to the unit it continues.
 */
final class Drafts {

    private Drafts() {
    }

    /** A paragraph, or the words of a comma or point. */
    static final class TextDraft {
        final StringBuilder words;
        final SourcePos pos;

        TextDraft(String words, SourcePos pos) {
            this.words = new StringBuilder(words);
            this.pos = pos;
        }
    }

    static final class SectionDraft {
        final TextDraft heading;
        final int rank;
        /** Titolo, capo or sezione with the numerals the source used; empty for a plain titled section. */
        final Optional<SectionLevel> level;
        final Optional<Numerals> numerals;
        final List<Object> content = new ArrayList<>();

        SectionDraft(TextDraft heading, int rank, Optional<SectionLevel> level, Optional<Numerals> numerals) {
            this.heading = heading;
            this.rank = rank;
            this.level = level;
            this.numerals = numerals;
        }
    }

    static final class ArticleDraft {
        final TextDraft title;
        final List<CommaDraft> commi = new ArrayList<>();
        /** Whether the source numbers this article's paragraphs ("1.", "2.") rather than leaving them plain. */
        boolean numbered;
        /** A numbered chapter of a text without articles: its paragraphs are never commi "1.", "2.". */
        boolean chapter;

        ArticleDraft(TextDraft title) {
            this.title = title;
        }
    }

    static final class CommaDraft {
        final TextDraft text;
        ListDraft points;
        final List<TextDraft> continuation = new ArrayList<>();

        CommaDraft(TextDraft text) {
            this.text = text;
        }
    }

    static final class ListDraft {
        final ListStyle style;
        final SourcePos pos;
        final List<PointDraft> points = new ArrayList<>();

        ListDraft(ListStyle style, SourcePos pos) {
            this.style = style;
            this.pos = pos;
        }

        PointDraft last() {
            return points.get(points.size() - 1);
        }
    }

    static final class PointDraft {
        final TextDraft text;
        /** The number or letter the source gave it, to tell the next item of the list from a new list. */
        final int ordinal;
        ListDraft sub;

        PointDraft(TextDraft text, int ordinal) {
            this.text = text;
            this.ordinal = ordinal;
        }
    }
}
