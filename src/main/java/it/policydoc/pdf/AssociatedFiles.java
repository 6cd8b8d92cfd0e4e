package it.policydoc.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Embeds files as PDF/A-3 associated files: each is listed in the document's embedded files
 * (so viewers offer it in their attachments panel) and in the catalog's {@code AF} array with
 * its relationship to the document, as ISO 19005-3 asks.
 */
final class AssociatedFiles {

    private AssociatedFiles() {
    }

    static void attach(PDDocument doc, List<PdfAttachment> attachments, Calendar date) throws IOException {
        if (attachments.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        COSArray associated = new COSArray();
        for (PdfAttachment attachment : attachments) {
            PDComplexFileSpecification spec = fileSpecification(doc, attachment, date);
            byName.put(attachment.fileName(), spec);
            associated.add(spec);
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }

    private static PDComplexFileSpecification fileSpecification(PDDocument doc, PdfAttachment attachment,
            Calendar date) throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(doc, new ByteArrayInputStream(attachment.content()),
                COSName.FLATE_DECODE);
        file.setSubtype(attachment.mimeType());
        file.setSize(attachment.content().length);
        file.setModDate(date);

        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.fileName());
        spec.setFileUnicode(attachment.fileName());
        spec.setFileDescription(attachment.description());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.getCOSObject().setName(COSName.AF_RELATIONSHIP, attachment.relationship());
        return spec;
    }
}
