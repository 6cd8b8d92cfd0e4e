package it.policydoc.pdf;

import it.policydoc.util.Sha256;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAExtensionSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * The document-level metadata of an archival, accessible PDF, written after openhtmltopdf has
 * laid out the pages: the information dictionary and the XMP packet (which PDF/A requires to
 * agree with each other), the PDF/A-3a and PDF/UA-1 identification, and the file identifier.
 *
 * <p>openhtmltopdf stamps the clock into the creation date; here every date is the document's
 * own date and the identifier is a digest of the content, so the same input always gives the
 * same bytes.
 */
final class ArchivalMetadata {

    static final String TOOL = "policydoc";
    private static final String PDFUA_NS = "http://www.aiim.org/pdfua/ns/id/";
    private static final String PDFUA_PREFIX = "pdfuaid";
    private static final int PDFA_PART = 3;
    private static final String PDFA_CONFORMANCE = "A";
    private static final int PDFUA_PART = 1;
    private static final int ID_BYTES = 16;

    private ArchivalMetadata() {
    }

    /**
     * @param language the document language, e.g. "it-IT"
     * @param contentDigest a digest of everything the document is made from
     */
    static void apply(PDDocument doc, Calendar date, String language, byte[] contentDigest) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator(TOOL);
        info.setProducer(TOOL);
        writeXmp(doc, info, language);
        byte[] id = Arrays.copyOf(contentDigest, ID_BYTES);
        // Both halves equal: this is the document's first and only version.
        doc.getDocument().getTrailer().setItem(COSName.ID,
                new COSArray(List.of(new COSString(id), new COSString(id))));
    }

    private static void writeXmp(PDDocument doc, PDDocumentInformation info, String language) throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        try {
            PDFAIdentificationSchema pdfa = xmp.createAndAddPDFAIdentificationSchema();
            pdfa.setPart(PDFA_PART);
            pdfa.setConformance(PDFA_CONFORMANCE);
        } catch (BadFieldValueException e) {
            throw new IllegalStateException(e);
        }
        XMPSchema pdfua = new XMPSchema(xmp, PDFUA_NS, PDFUA_PREFIX, "PDF/UA identification");
        pdfua.setIntegerPropertyValueAsSimple("part", PDFUA_PART);
        xmp.addSchema(pdfua);
        describePdfUaSchema(xmp);

        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setFormat("application/pdf");
        dc.setTitle(info.getTitle());
        dc.addCreator(info.getAuthor());
        dc.setDescription(info.getSubject());
        dc.addLanguage(language);

        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(info.getCreationDate());
        basic.setModifyDate(info.getModificationDate());
        basic.setMetadataDate(info.getModificationDate());
        basic.setCreatorTool(info.getCreator());

        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(info.getProducer());
        if (info.getKeywords() != null) {
            pdf.setKeywords(info.getKeywords());
        }

        ByteArrayOutputStream packet = new ByteArrayOutputStream();
        try {
            // The JDK's own XML implementations: another one on the classpath (Saxon, brought by
            // the HTML validator in tests) would indent the packet differently.
            new XmpSerializer(TransformerFactory.newDefaultInstance(), DocumentBuilderFactory.newDefaultInstance())
                    .serialize(xmp, packet, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(packet.toByteArray());
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    /**
     * PDF/A admits only its predefined XMP schemas unless a document describes the others;
     * the PDF/UA identification schema is not predefined.
     */
    private static void describePdfUaSchema(XMPMetadata xmp) {
        PDFAExtensionSchema extension = xmp.createAndAddPDFAExtensionSchemaWithDefaultNS();
        extension.addNamespace("http://www.aiim.org/pdfa/ns/schema#", "pdfaSchema");
        extension.addNamespace("http://www.aiim.org/pdfa/ns/property#", "pdfaProperty");

        XMPSchema property = new XMPSchema(xmp, "pdfaProperty", "pdfaProperty", "pdfaProperty");
        property.setTextPropertyValue("name", "part");
        property.setTextPropertyValue("valueType", "Integer");
        property.setTextPropertyValue("category", "internal");
        property.setTextPropertyValue("description", "Indicates which part of ISO 14289 the document conforms to");

        XMPSchema schema = new XMPSchema(xmp, "pdfaSchema", "pdfaSchema", "pdfaSchema");
        schema.setTextPropertyValue("schema", "PDF/UA Universal Accessibility Schema");
        schema.setTextPropertyValue("namespaceURI", PDFUA_NS);
        schema.setTextPropertyValue("prefix", PDFUA_PREFIX);
        schema.addUnqualifiedSequenceValue("property", property);
        extension.addBagValue("schemas", schema);
    }

    static byte[] sha256(byte[]... parts) {
        MessageDigest digest = Sha256.digest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return digest.digest();
    }
}
