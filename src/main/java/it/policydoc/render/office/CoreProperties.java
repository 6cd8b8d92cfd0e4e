package it.policydoc.render.office;

import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The DOCX core properties part ({@code docProps/core.xml}: title, subject, author, dates),
 * written with the JDK's own XML implementation so that its bytes do not depend on which XML
 * library happens to be on the class path.
 */
final class CoreProperties {

    static final String PART = "docProps/core.xml";
    private static final String CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final String DCTERMS = "http://purl.org/dc/terms/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

    private CoreProperties() {
    }

    static byte[] xml(AnnexDocument annex) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().newDocument();
            doc.setXmlStandalone(true);
            Element root = doc.createElementNS(CP, "cp:coreProperties");
            root.setAttributeNS(XMLNS, "xmlns:cp", CP);
            root.setAttributeNS(XMLNS, "xmlns:dc", DC);
            root.setAttributeNS(XMLNS, "xmlns:dcterms", DCTERMS);
            root.setAttributeNS(XMLNS, "xmlns:xsi", XSI);
            doc.appendChild(root);
            String date = annex.date().atStartOfDay(ZoneOffset.UTC).format(DateTimeFormatter.ISO_INSTANT);
            append(doc, root, DC, "dc:title", annex.title());
            append(doc, root, DC, "dc:subject", annex.annexLine());
            append(doc, root, DC, "dc:creator", annex.author());
            append(doc, root, DC, "dc:language", "it-IT");
            for (String name : new String[] {"dcterms:created", "dcterms:modified"}) {
                append(doc, root, DCTERMS, name, date).setAttributeNS(XSI, "xsi:type", "dcterms:W3CDTF");
            }
            Transformer transformer = TransformerFactory.newDefaultInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (ParserConfigurationException | TransformerException e) {
            throw new IllegalStateException("the JDK's XML implementation failed on an in-memory document", e);
        }
    }

    private static Element append(Document doc, Element parent, String ns, String name, String text) {
        Element e = doc.createElementNS(ns, name);
        e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }
}
