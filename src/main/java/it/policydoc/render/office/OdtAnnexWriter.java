package it.policydoc.render.office;

import it.policydoc.render.office.AnnexDocument.Block;
import it.policydoc.render.office.AnnexDocument.Heading;
import it.policydoc.render.office.AnnexDocument.Item;
import it.policydoc.render.office.AnnexDocument.ItemList;
import it.policydoc.render.office.AnnexDocument.ListKind;
import it.policydoc.render.office.AnnexDocument.Paragraph;
import it.policydoc.text.InlineRun;
import it.policydoc.util.Lazy;
import java.io.IOException;
import java.text.SimpleDateFormat;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The deliberation annex as an OpenDocument text ({@code deliberazione.odt}) made from a template
 * the ODF Toolkit prepares once ({@link OdtTemplate}): headings as {@code text:h} with outline
 * levels and heading styles, commi and points as lists with list styles (numbers and letters
 * drawn by the style, restarting in every list), A4 pages with the running header and "Pagina X
 * di Y" as fields in the footer, Italian as the language, the font named. The same annex always
 * gives the same bytes.
 */
public final class OdtAnnexWriter {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final int HEADING_LEVELS = 6;

    /** Made on the first annex, then shared by every annex this writer writes, on any thread. */
    private final Lazy<OdtTemplate> template = new Lazy<>(OdtTemplate::make);

    public byte[] write(AnnexDocument annex) throws IOException {
        OdtTemplate shared = template.get();
        OdtTemplate.Parts parts = shared.copy();
        OdtTemplate.runningHeader(parts.styles())
                .setTextContent((annex.draft() ? "BOZZA – " : "") + annex.runningHeader());
        Document content = parts.content();
        Element body = OdtTemplate.body(content);
        front(content, body, annex);
        for (Block block : annex.body()) {
            block(content, body, block, 0);
        }
        for (String role : annex.signatures()) {
            paragraph(content, body, "Firma").setTextContent(role);
            paragraph(content, body, "Standard").setTextContent("______________________________");
        }
        meta(parts.meta(), annex);
        return shared.write(parts, annex.date());
    }

    private static void front(Document content, Element body, AnnexDocument annex) {
        if (annex.draft()) {
            paragraph(content, body, "Centrato_20_grassetto").setTextContent("BOZZA");
        }
        paragraph(content, body, "Centrato_20_grassetto").setTextContent(annex.comuneLabel());
        paragraph(content, body, "Centrato").setTextContent(annex.provinceLabel());
        paragraph(content, body, "Allegato").setTextContent(annex.annexLine());
        paragraph(content, body, "Title").setTextContent(annex.title());
        if (!annex.acts().isEmpty()) {
            paragraph(content, body, "Grassetto").setTextContent("Atti di approvazione e modifica");
            annex.acts().forEach(a -> paragraph(content, body, "Standard").setTextContent(a));
        }
    }

    private static void block(Document content, Element parent, Block block, int depth) {
        if (block instanceof Heading h) {
            int level = Math.min(h.level(), HEADING_LEVELS);
            Element heading = text(content, "h");
            heading.setAttributeNS(TEXT, "text:style-name", "Heading_20_" + level);
            heading.setAttributeNS(TEXT, "text:outline-level", Integer.toString(level));
            parent.appendChild(heading);
            runs(content, heading, h.runs());
        } else if (block instanceof Paragraph para) {
            runs(content, paragraph(content, parent, depth == 0 ? "Text_20_body" : "Rientro_20_" + depth), para.runs());
        } else if (block instanceof ItemList list) {
            list(content, parent, list, depth);
        }
    }

    private static void list(Document content, Element parent, ItemList list, int depth) {
        if (!list.styled()) {
            // Markers that no list style draws (3-bis): typed in each item, indented as a list would be.
            for (Item item : list.items()) {
                Element first = paragraph(content, parent, "Rientro_20_" + (depth + 1));
                if (!item.marker().isEmpty()) {
                    first.appendChild(content.createTextNode(item.marker() + " "));
                }
                rest(content, parent, first, item, depth + 1);
            }
            return;
        }
        Element element = text(content, "list");
        element.setAttributeNS(TEXT, "text:style-name", listStyle(list.kind()));
        parent.appendChild(element);
        for (Item item : list.items()) {
            Element li = text(content, "list-item");
            element.appendChild(li);
            Element first = paragraph(content, li, "Elenco");
            rest(content, li, first, item, depth + 1);
        }
    }

    /** The item's own text in its first paragraph, then its sub-list and following paragraphs. */
    private static void rest(Document content, Element container, Element first, Item item, int depth) {
        List<Block> blocks = item.content();
        if (blocks.get(0) instanceof Paragraph p) {
            runs(content, first, p.runs());
        }
        for (Block b : blocks.subList(1, blocks.size())) {
            if (b instanceof Paragraph p) {
                runs(content, paragraph(content, container, "Rientro_20_" + depth), p.runs());
            } else {
                block(content, container, b, depth);
            }
        }
    }

    static String listStyle(ListKind kind) {
        return switch (kind) {
            case COMMI -> "Commi";
            case LETTERS -> "Lettere";
            case NUMBERS -> "Numeri";
            case BULLETS -> "Puntato";
        };
    }

    private static void runs(Document content, Element p, List<InlineRun> runs) {
        for (InlineRun r : runs) {
            if (r.lineBreak()) {
                p.appendChild(text(content, "line-break"));
                continue;
            }
            Node words = content.createTextNode(r.text());
            if (r.bold() || r.italic()) {
                Element span = text(content, "span");
                span.setAttributeNS(TEXT, "text:style-name", r.bold() && r.italic() ? "T_bi" : r.bold() ? "T_b" : "T_i");
                span.appendChild(words);
                words = span;
            }
            if (r.link().isPresent() && r.link().get().kind() != InlineRun.LinkKind.INTERNAL) {
                Element a = text(content, "a");
                a.setAttributeNS(XLINK, "xlink:type", "simple");
                a.setAttributeNS(XLINK, "xlink:href", r.link().get().href());
                a.appendChild(words);
                words = a;
            }
            p.appendChild(words);
        }
    }

    private static Element paragraph(Document dom, Element parent, String style) {
        Element p = text(dom, "p");
        p.setAttributeNS(TEXT, "text:style-name", style);
        parent.appendChild(p);
        return p;
    }

    private static Element text(Document dom, String name) {
        return OdtTemplate.text(dom, name);
    }

    /** The template's empty title, subject, author and dates filled in with the annex's. */
    private static void meta(Document dom, AnnexDocument annex) {
        Element office = OdtTemplate.child(dom.getDocumentElement(), OFFICE, "meta");
        // As the ODF Toolkit writes a date of its metadata, but in UTC, where the date was put:
        // in the machine's own time zone a clerk's PC in Rome wrote 01:00, another file.
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss");
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        String date = format.format(GregorianCalendar.from(annex.date().atStartOfDay(ZoneOffset.UTC)).getTime());
        fill(office, DC, "title", annex.title());
        fill(office, DC, "subject", annex.annexLine());
        fill(office, META, "initial-creator", annex.author());
        fill(office, DC, "creator", annex.author());
        fill(office, META, "creation-date", date);
        fill(office, DC, "date", date);
    }

    /** Sets the element's text; without a value the element goes, as the toolkit's setters do. */
    private static void fill(Element office, String namespace, String name, String value) {
        Element element = OdtTemplate.child(office, namespace, name);
        if (value == null) {
            office.removeChild(element);
        } else {
            element.setTextContent(value);
        }
    }
}
