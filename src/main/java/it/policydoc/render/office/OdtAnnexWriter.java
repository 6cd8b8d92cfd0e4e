package it.policydoc.render.office;

import it.policydoc.render.office.AnnexDocument.Block;
import it.policydoc.render.office.AnnexDocument.Heading;
import it.policydoc.render.office.AnnexDocument.Item;
import it.policydoc.render.office.AnnexDocument.ItemList;
import it.policydoc.render.office.AnnexDocument.ListKind;
import it.policydoc.render.office.AnnexDocument.Paragraph;
import it.policydoc.text.InlineRun;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The deliberation annex as an OpenDocument text ({@code deliberazione.odt}) made with the ODF
 * Toolkit: headings as {@code text:h} with outline levels and heading styles, commi and points as
 * lists with list styles (numbers and letters drawn by the style, restarting in every list), A4
 * pages with the running header and "Pagina X di Y" as fields in the footer, Italian as the
 * language, the font named. The same annex always gives the same bytes.
 */
public final class OdtAnnexWriter {

    static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    static final String STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
    static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    static final String FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
    static final String XLINK = "http://www.w3.org/1999/xlink";
    private static final String META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    private static final int HEADING_LEVELS = 6;
    private static final int LIST_LEVELS = 6;
    private static final double INDENT_CM = 0.75;

    public byte[] write(AnnexDocument annex) throws IOException {
        try {
            OdfTextDocument odt = OdfTextDocument.newTextDocument();
            try {
                OdfFileDom styles = odt.getStylesDom();
                OdfFileDom content = odt.getContentDom();
                styles(styles, annex);
                automaticTextStyles(content);
                Element body = odt.getContentRoot();
                for (Node p = body.getLastChild(); p != null && TEXT.equals(p.getNamespaceURI())
                        && "p".equals(p.getLocalName()); p = body.getLastChild()) {
                    body.removeChild(p);
                }
                front(content, body, annex);
                for (Block block : annex.body()) {
                    block(content, body, block, 0);
                }
                for (String role : annex.signatures()) {
                    paragraph(content, body, "Firma").setTextContent(role);
                    paragraph(content, body, "Standard").setTextContent("______________________________");
                }
                meta(odt, annex);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                odt.save(out);
                return ReproducibleZip.normalise(out.toByteArray(), annex.date());
            } finally {
                odt.close();
            }
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            // The ODF Toolkit declares Exception; an in-memory document fails only through a bug.
            throw new IllegalStateException("the ODF Toolkit failed on an in-memory document", e);
        }
    }

    private static void front(OdfFileDom content, Element body, AnnexDocument annex) {
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

    private static void block(OdfFileDom content, Element parent, Block block, int depth) {
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

    private static void list(OdfFileDom content, Element parent, ItemList list, int depth) {
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
    private static void rest(OdfFileDom content, Element container, Element first, Item item, int depth) {
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

    private static String listStyle(ListKind kind) {
        return switch (kind) {
            case COMMI -> "Commi";
            case LETTERS -> "Lettere";
            case NUMBERS -> "Numeri";
            case BULLETS -> "Puntato";
        };
    }

    private static void runs(OdfFileDom content, Element p, List<InlineRun> runs) {
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

    private static Element paragraph(OdfFileDom dom, Element parent, String style) {
        Element p = text(dom, "p");
        p.setAttributeNS(TEXT, "text:style-name", style);
        parent.appendChild(p);
        return p;
    }

    private static Element text(OdfFileDom dom, String name) {
        return dom.createElementNS(TEXT, "text:" + name);
    }

    private static Element style(OdfFileDom dom, String name) {
        return dom.createElementNS(STYLE, "style:" + name);
    }

    /** Bold and italic runs: automatic text styles of the content. */
    private static void automaticTextStyles(OdfFileDom content) {
        Element automatic = (Element) content.getElementsByTagNameNS(OFFICE, "automatic-styles").item(0);
        for (String[] s : new String[][] {{"T_b", "bold", "normal"}, {"T_i", "normal", "italic"},
                {"T_bi", "bold", "italic"}}) {
            Element st = style(content, "style");
            st.setAttributeNS(STYLE, "style:name", s[0]);
            st.setAttributeNS(STYLE, "style:family", "text");
            Element props = style(content, "text-properties");
            props.setAttributeNS(FO, "fo:font-weight", s[1]);
            props.setAttributeNS(FO, "fo:font-style", s[2]);
            st.appendChild(props);
            automatic.appendChild(st);
        }
    }

    private static void styles(OdfFileDom styles, AnnexDocument annex) {
        Element office = (Element) styles.getElementsByTagNameNS(OFFICE, "styles").item(0);
        // Italian and the annex's font for every paragraph, unless a style says otherwise.
        NodeList defaults = office.getElementsByTagNameNS(STYLE, "default-style");
        for (int i = 0; i < defaults.getLength(); i++) {
            Element d = (Element) defaults.item(i);
            if ("paragraph".equals(d.getAttributeNS(STYLE, "family"))) {
                Element props = (Element) d.getElementsByTagNameNS(STYLE, "text-properties").item(0);
                props.removeAttributeNS(STYLE, "font-name");
                props.setAttributeNS(FO, "fo:font-family", "'" + DocxAnnexWriter.FONT + "'");
                props.setAttributeNS(FO, "fo:font-size", "11pt");
                props.setAttributeNS(FO, "fo:language", "it");
                props.setAttributeNS(FO, "fo:country", "IT");
            }
        }
        for (int level = 1; level <= HEADING_LEVELS; level++) {
            Element heading = paragraphStyle(styles, office, "Heading_20_" + level, "Heading " + level);
            heading.setAttributeNS(STYLE, "style:default-outline-level", Integer.toString(level));
            textProperties(styles, heading, "bold", Math.max(11, 16 - level) + "pt");
            Element props = style(styles, "paragraph-properties");
            props.setAttributeNS(FO, "fo:margin-top", "0.4cm");
            props.setAttributeNS(FO, "fo:margin-bottom", "0.2cm");
            props.setAttributeNS(FO, "fo:keep-with-next", "always");
            heading.appendChild(props);
        }
        textProperties(styles, paragraphStyle(styles, office, "Title", "Title"), "bold", "18pt");
        centred(styles, textProperties(styles, paragraphStyle(styles, office, "Centrato_20_grassetto",
                "Centrato grassetto"), "bold", "12pt"));
        centred(styles, paragraphStyle(styles, office, "Centrato", "Centrato"));
        paragraphStyle(styles, office, "Allegato", "Allegato");
        textProperties(styles, paragraphStyle(styles, office, "Grassetto", "Grassetto"), "bold", "11pt");
        textProperties(styles, paragraphStyle(styles, office, "Firma", "Firma"), "bold", "11pt");
        paragraphStyle(styles, office, "Elenco", "Elenco");
        for (int depth = 1; depth <= LIST_LEVELS; depth++) {
            Element indented = paragraphStyle(styles, office, "Rientro_20_" + depth, "Rientro " + depth);
            Element props = style(styles, "paragraph-properties");
            props.setAttributeNS(FO, "fo:margin-left", cm(depth * INDENT_CM));
            indented.appendChild(props);
        }
        for (ListKind kind : ListKind.values()) {
            office.appendChild(listStyle(styles, kind));
        }
        page(styles, annex);
    }

    /** A paragraph style of the annex, replacing the template's style of the same name. */
    private static Element paragraphStyle(OdfFileDom styles, Element office, String name, String displayName) {
        NodeList existing = office.getElementsByTagNameNS(STYLE, "style");
        for (int i = 0; i < existing.getLength(); i++) {
            Element e = (Element) existing.item(i);
            if (name.equals(e.getAttributeNS(STYLE, "name"))) {
                office.removeChild(e);
                break;
            }
        }
        Element st = style(styles, "style");
        st.setAttributeNS(STYLE, "style:name", name);
        st.setAttributeNS(STYLE, "style:display-name", displayName);
        st.setAttributeNS(STYLE, "style:family", "paragraph");
        st.setAttributeNS(STYLE, "style:parent-style-name", "Standard");
        office.appendChild(st);
        return st;
    }

    private static Element textProperties(OdfFileDom styles, Element st, String weight, String size) {
        Element props = style(styles, "text-properties");
        props.setAttributeNS(FO, "fo:font-weight", weight);
        props.setAttributeNS(FO, "fo:font-size", size);
        st.appendChild(props);
        return st;
    }

    private static void centred(OdfFileDom styles, Element st) {
        Element props = style(styles, "paragraph-properties");
        props.setAttributeNS(FO, "fo:text-align", "center");
        st.insertBefore(props, st.getFirstChild());
    }

    /** A list style with the same marker at every level, each level further indented. */
    private static Element listStyle(OdfFileDom styles, ListKind kind) {
        Element list = text(styles, "list-style");
        list.setAttributeNS(STYLE, "style:name", listStyle(kind));
        for (int level = 1; level <= LIST_LEVELS; level++) {
            Element lvl;
            if (kind == ListKind.BULLETS) {
                lvl = text(styles, "list-level-style-bullet");
                lvl.setAttributeNS(TEXT, "text:bullet-char", "–");
            } else {
                lvl = text(styles, "list-level-style-number");
                lvl.setAttributeNS(STYLE, "style:num-format", kind == ListKind.LETTERS ? "a" : "1");
                lvl.setAttributeNS(STYLE, "style:num-suffix", kind == ListKind.LETTERS ? ")" : ".");
                if (kind == ListKind.LETTERS) {
                    // After z comes aa, bb…, as Italian drafting doubles letters.
                    lvl.setAttributeNS(STYLE, "style:num-letter-sync", "true");
                }
            }
            lvl.setAttributeNS(TEXT, "text:level", Integer.toString(level));
            Element props = style(styles, "list-level-properties");
            props.setAttributeNS(TEXT, "text:list-level-position-and-space-mode", "label-alignment");
            Element alignment = style(styles, "list-level-label-alignment");
            alignment.setAttributeNS(TEXT, "text:label-followed-by", "listtab");
            alignment.setAttributeNS(FO, "fo:text-indent", cm(-INDENT_CM));
            alignment.setAttributeNS(FO, "fo:margin-left", cm(level * INDENT_CM));
            props.appendChild(alignment);
            lvl.appendChild(props);
            list.appendChild(lvl);
        }
        return list;
    }

    private static String cm(double value) {
        return String.format(Locale.ROOT, "%.2fcm", value);
    }

    /** A4 with 2 cm margins; the running header on top and "Pagina X di Y" at the bottom of every page. */
    private static void page(OdfFileDom styles, AnnexDocument annex) {
        NodeList masters = styles.getElementsByTagNameNS(STYLE, "master-page");
        Element standard = null;
        for (int i = 0; i < masters.getLength(); i++) {
            Element m = (Element) masters.item(i);
            if ("Standard".equals(m.getAttributeNS(STYLE, "name"))) {
                standard = m;
            }
        }
        if (standard == null) {
            throw new IllegalStateException("the ODF template has no Standard master page");
        }
        String layoutName = standard.getAttributeNS(STYLE, "page-layout-name");
        NodeList layouts = styles.getElementsByTagNameNS(STYLE, "page-layout");
        for (int i = 0; i < layouts.getLength(); i++) {
            Element layout = (Element) layouts.item(i);
            if (layoutName.equals(layout.getAttributeNS(STYLE, "name"))) {
                Element props = (Element) layout.getElementsByTagNameNS(STYLE, "page-layout-properties").item(0);
                props.setAttributeNS(FO, "fo:page-width", "21cm");
                props.setAttributeNS(FO, "fo:page-height", "29.7cm");
            }
        }
        while (standard.hasChildNodes()) {
            standard.removeChild(standard.getFirstChild());
        }
        Element header = style(styles, "header");
        Element top = text(styles, "p");
        top.setAttributeNS(TEXT, "text:style-name", "Header");
        top.setTextContent((annex.draft() ? "BOZZA – " : "") + annex.runningHeader());
        header.appendChild(top);
        standard.appendChild(header);
        Element footer = style(styles, "footer");
        Element bottom = text(styles, "p");
        bottom.setAttributeNS(TEXT, "text:style-name", "Centrato");
        bottom.appendChild(styles.createTextNode("Pagina "));
        Element number = text(styles, "page-number");
        number.setAttributeNS(TEXT, "text:select-page", "current");
        number.setTextContent("1");
        bottom.appendChild(number);
        bottom.appendChild(styles.createTextNode(" di "));
        Element count = text(styles, "page-count");
        count.setTextContent("1");
        bottom.appendChild(count);
        footer.appendChild(bottom);
        standard.appendChild(footer);
    }

    private static void meta(OdfTextDocument odt, AnnexDocument annex) throws Exception {
        OdfOfficeMeta meta = odt.getOfficeMetadata();
        Calendar date = GregorianCalendar.from(annex.date().atStartOfDay(ZoneOffset.UTC));
        date.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        meta.setGenerator("policydoc");
        meta.setTitle(annex.title());
        meta.setSubject(annex.annexLine());
        meta.setInitialCreator(annex.author());
        meta.setCreator(annex.author());
        meta.setCreationDate(date);
        meta.setDate(date);
        meta.setLanguage("it-IT");
        meta.setEditingCycles(1);
        // Else saving stamps the clock's date and the time spent into the file.
        meta.setAutomaticUpdate(false);
        // The template's own notes (its licence, its author's editing time) are not the annex's.
        Element office = (Element) odt.getMetaDom().getElementsByTagNameNS(OFFICE, "meta").item(0);
        for (String name : List.of("user-defined", "editing-duration")) {
            NodeList found = office.getElementsByTagNameNS(META, name);
            for (int i = found.getLength() - 1; i >= 0; i--) {
                office.removeChild(found.item(i));
            }
        }
    }
}
