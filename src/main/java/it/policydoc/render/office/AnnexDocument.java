package it.policydoc.render.office;

import it.policydoc.text.InlineRun;
import java.time.LocalDate;
import java.util.List;

/**
 * The deliberation annex as the office writers lay it out, the same content as the PDF: the
 * comune's header, the annex line, the title, the acts, the body, the signatures, a running
 * header, and "Pagina X di Y" in the footer. One tree, so that the ODT and the DOCX say the same.
 *
 * @param annexLine "Allegato A alla deliberazione della Giunta Comunale n. 260 del 15 dicembre 2022"
 *     (for a draft: "… alla proposta di …", number and date left blank to be written by hand)
 * @param runningHeader the short title, the comune and the annex, at the top of every page
 * @param date the date of the text, which the files carry as their own so that a rebuild gives
 *     the same bytes
 */
public record AnnexDocument(
        String comuneLabel,
        String provinceLabel,
        String annexLine,
        boolean draft,
        String title,
        List<String> acts,
        List<Block> body,
        List<String> signatures,
        String runningHeader,
        String author,
        LocalDate date) {

    public AnnexDocument {
        acts = List.copyOf(acts);
        body = List.copyOf(body);
        signatures = List.copyOf(signatures);
    }

    /** A piece of the body. */
    public sealed interface Block permits Heading, Paragraph, ItemList {
    }

    /**
     * A heading of a section or an article.
     *
     * @param level the outline level, 1 for the outermost units of the body
     */
    public record Heading(int level, List<InlineRun> runs) implements Block {
        public Heading {
            runs = List.copyOf(runs);
        }
    }

    /** A paragraph of text. */
    public record Paragraph(List<InlineRun> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /** How the items of a list are marked. */
    public enum ListKind {
        /** The commi of an article: 1., 2. … */
        COMMI,
        /** Lettere: a), b) … */
        LETTERS,
        /** Numeri: 1., 2. … */
        NUMBERS,
        BULLETS
    }

    /**
     * A list: commi or points.
     *
     * @param styled whether the list style numbers the items as the text does; when it cannot
     *     (a marker out of sequence, such as "3-bis"), the markers are written in the items
     */
    public record ItemList(ListKind kind, boolean styled, List<Item> items) implements Block {
        public ItemList {
            items = List.copyOf(items);
        }
    }

    /**
     * An item of a list: its text first, then any sub-list and following paragraphs.
     *
     * @param marker "a)", "3." or empty for a bullet
     */
    public record Item(String marker, List<Block> content) {
        public Item {
            content = List.copyOf(content);
        }
    }
}
