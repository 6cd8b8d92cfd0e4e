package it.policydoc.render.office;

import static it.policydoc.render.office.OdtAnnexWriter.FO;
import static it.policydoc.render.office.OdtAnnexWriter.META;
import static it.policydoc.render.office.OdtAnnexWriter.OFFICE;
import static it.policydoc.render.office.OdtAnnexWriter.STYLE;
import static it.policydoc.render.office.OdtAnnexWriter.TEXT;

import it.policydoc.render.office.AnnexDocument.ListKind;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.xerces.dom.DOMXSImplementationSourceImpl;
import org.apache.xerces.jaxp.DocumentBuilderFactoryImpl;
import org.odftoolkit.odfdom.doc.OdfTextDocument;
import org.odftoolkit.odfdom.incubator.meta.OdfOfficeMeta;
import org.odftoolkit.odfdom.pkg.OdfFileDom;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSOutput;
import org.xml.sax.SAXException;

/**
 * What every ODT annex has in common, made once with the ODF Toolkit and saved as the toolkit
 * saves it: its template with the annex's paragraph and list styles, the A4 page with the
 * running header (left empty) and "Pagina X di Y" in the footer, the automatic text styles, an
 * empty body and the fixed metadata. The toolkit unzips its template and parses its 90 KB of
 * styles through its own typed DOM for every document it makes; an annex instead parses fresh
 * copies of the three parts it fills in with the plain DOM and writes them with the serializer
 * the toolkit uses, so that it gives the bytes the toolkit would. Immutable: one template serves
 * every thread.
 */
final class OdtTemplate {

    private static final String STYLES_PART = "styles.xml";
    private static final String CONTENT_PART = "content.xml";
    private static final String META_PART = "meta.xml";
    private static final int HEADING_LEVELS = 6;
    private static final int LIST_LEVELS = 6;
    private static final double INDENT_CM = 0.75;

    /** Every part of the package, in the order the toolkit writes them; never changed. */
    private final Map<String, byte[]> parts;

    private OdtTemplate(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** Makes the template with the ODF Toolkit: slow in a cold JVM, once per writer. */
    static OdtTemplate make() {
        try {
            OdfTextDocument odt = OdfTextDocument.newTextDocument();
            try {
                // Loaded in the order the annex writer always loaded them: the toolkit saves them in that order.
                styles(odt.getStylesDom());
                OdfFileDom content = odt.getContentDom();
                automaticTextStyles(content);
                Element body = body(content);
                for (Node p = body.getLastChild(); p != null && TEXT.equals(p.getNamespaceURI())
                        && "p".equals(p.getLocalName()); p = body.getLastChild()) {
                    body.removeChild(p);
                }
                meta(odt);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                odt.save(out);
                return new OdtTemplate(ReproducibleZip.entries(out.toByteArray()));
            } finally {
                odt.close();
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // The ODF Toolkit declares Exception; its own template fails only through a bug.
            throw new IllegalStateException("the ODF Toolkit failed on its own template", e);
        }
    }

    /** The three parts an annex fills in, parsed for it alone. */
    record Parts(Document styles, Document content, Document meta) {
    }

    /** Copies of the parts an annex fills in, its own to change. */
    Parts copy() {
        try {
            DocumentBuilderFactoryImpl factory = new DocumentBuilderFactoryImpl();
            factory.setNamespaceAware(true);
            // Every node is read when the part is written again: building them all at once is cheaper.
            factory.setFeature("http://apache.org/xml/features/dom/defer-node-expansion", false);
            DocumentBuilder parser = factory.newDocumentBuilder();
            return new Parts(parse(parser, STYLES_PART), parse(parser, CONTENT_PART), parse(parser, META_PART));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException("the ODT template did not parse again", e);
        }
    }

    private Document parse(DocumentBuilder parser, String part) throws SAXException, IOException {
        return parser.parse(new ByteArrayInputStream(parts.get(part)));
    }

    /** The package: the parts filled in written as the toolkit writes them, the others as they are. */
    byte[] write(Parts filled, LocalDate date) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>(parts);
        entries.put(STYLES_PART, serialize(filled.styles()));
        entries.put(CONTENT_PART, serialize(filled.content()));
        entries.put(META_PART, serialize(filled.meta()));
        return ReproducibleZip.write(entries, date);
    }

    /** As the ODF Toolkit writes a part when it saves a package: Xerces's LS serializer, defaults. */
    private static byte[] serialize(Document dom) {
        DOMImplementationLS ls = (DOMImplementationLS) new DOMXSImplementationSourceImpl().getDOMImplementation("LS");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LSOutput output = ls.createLSOutput();
        output.setByteStream(out);
        ls.createLSSerializer().write(dom, output);
        return out.toByteArray();
    }

    /** The master page every page of the annex follows: its header and footer. */
    private static Element standardMasterPage(Document styles) {
        Element masters = child(styles.getDocumentElement(), OFFICE, "master-styles");
        for (Node n = masters.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element m && STYLE.equals(m.getNamespaceURI()) && "master-page".equals(m.getLocalName())
                    && "Standard".equals(m.getAttributeNS(STYLE, "name"))) {
                return m;
            }
        }
        throw new IllegalStateException("the ODF template has no Standard master page");
    }

    /** The first child element of that name: found without searching the whole part. */
    static Element child(Element parent, String namespace, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && namespace.equals(e.getNamespaceURI()) && name.equals(e.getLocalName())) {
                return e;
            }
        }
        throw new IllegalStateException("the ODF template has no " + name + " in " + parent.getNodeName());
    }

    /** Where the annex's text goes, after the template's declarations. */
    static Element body(Document content) {
        return child(child(content.getDocumentElement(), OFFICE, "body"), OFFICE, "text");
    }

    /** The paragraph at the top of every page, which the template leaves empty. */
    static Element runningHeader(Document styles) {
        return (Element) standardMasterPage(styles).getFirstChild().getFirstChild();
    }

    static Element text(Document dom, String name) {
        return dom.createElementNS(TEXT, "text:" + name);
    }

    private static Element style(Document dom, String name) {
        return dom.createElementNS(STYLE, "style:" + name);
    }

    /** Bold and italic runs: automatic text styles of the content. */
    private static void automaticTextStyles(Document content) {
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

    private static void styles(Document styles) {
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
        page(styles);
    }

    /** A paragraph style of the annex, replacing the template's style of the same name. */
    private static Element paragraphStyle(Document styles, Element office, String name, String displayName) {
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

    private static Element textProperties(Document styles, Element st, String weight, String size) {
        Element props = style(styles, "text-properties");
        props.setAttributeNS(FO, "fo:font-weight", weight);
        props.setAttributeNS(FO, "fo:font-size", size);
        st.appendChild(props);
        return st;
    }

    private static void centred(Document styles, Element st) {
        Element props = style(styles, "paragraph-properties");
        props.setAttributeNS(FO, "fo:text-align", "center");
        st.insertBefore(props, st.getFirstChild());
    }

    /** A list style with the same marker at every level, each level further indented. */
    private static Element listStyle(Document styles, ListKind kind) {
        Element list = text(styles, "list-style");
        list.setAttributeNS(STYLE, "style:name", OdtAnnexWriter.listStyle(kind));
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

    /**
     * A4 with 2 cm margins; a header paragraph on top, which each annex fills with its running
     * header, and "Pagina X di Y" at the bottom of every page.
     */
    private static void page(Document styles) {
        Element standard = standardMasterPage(styles);
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

    /**
     * The metadata every annex has, and empty elements for what each annex says (title,
     * subject, author, dates) in the order the toolkit adds them, for the annex to fill in.
     */
    private static void meta(OdfTextDocument odt) throws Exception {
        OdfOfficeMeta meta = odt.getOfficeMetadata();
        Calendar undated = new GregorianCalendar(1970, Calendar.JANUARY, 1);
        meta.setGenerator("policydoc");
        meta.setTitle("");
        meta.setSubject("");
        meta.setInitialCreator("");
        meta.setCreator("");
        meta.setCreationDate(undated);
        meta.setDate(undated);
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
