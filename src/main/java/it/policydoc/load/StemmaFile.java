package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The comune's coat of arms, looked at before the PDF writer lays it out: the file is what its
 * extension says (a text file named stemma.png would stop the writer), of a size a letterhead
 * needs, and an SVG is a plain drawing: no DOCTYPE (entities can expand a few bytes into
 * gigabytes), no script, nothing fetched from elsewhere (the writer refuses it).
 */
final class StemmaFile {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_PIXELS_A_SIDE = 4000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    /** A CSS address that is not a reference inside the drawing itself. */
    private static final Pattern EXTERNAL_CSS = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*[^#'\"\\s)]|@import");

    private StemmaFile() {
    }

    static Optional<Diagnostic> problem(Path file, String name, SourcePos at) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.of(tooLarge(name, at));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Optional.of(Diagnostic.error("read-failed", at, name));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".svg")) {
            return svg(bytes, name, at);
        }
        boolean png = lower.endsWith(".png");
        byte[] signature = png ? PNG : JPEG;
        if (bytes.length < signature.length || !Arrays.equals(bytes, 0, signature.length, signature, 0, signature.length)) {
            return Optional.of(wrongType(name, png ? "PNG" : "JPEG", at));
        }
        return raster(bytes, name, png ? "PNG" : "JPEG", at);
    }

    /** Only the header is read: a small file can declare a picture too large to decode. */
    private static Optional<Diagnostic> raster(byte[] bytes, String name, String type, SourcePos at) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.of(wrongType(name, type, at));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                if (reader.getWidth(0) > MAX_PIXELS_A_SIDE || reader.getHeight(0) > MAX_PIXELS_A_SIDE) {
                    return Optional.of(tooLarge(name, at));
                }
            } finally {
                reader.dispose();
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.of(wrongType(name, type, at));
        }
    }

    private static Optional<Diagnostic> svg(byte[] bytes, String name, SourcePos at) {
        org.w3c.dom.Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler());
            document = builder.parse(new ByteArrayInputStream(bytes));
        } catch (SAXException e) {
            String message = String.valueOf(e.getMessage());
            return Optional.of(message.contains("DOCTYPE") ? unsafe(name, at) : wrongType(name, "SVG", at));
        } catch (IOException | ParserConfigurationException e) {
            return Optional.of(wrongType(name, "SVG", at));
        }
        Element root = document.getDocumentElement();
        if (!"svg".equals(root.getLocalName())) {
            return Optional.of(wrongType(name, "SVG", at));
        }
        // Walked with a stack: the file decides how deep the drawing nests.
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (node instanceof Element element && !safe(element)) {
                return Optional.of(unsafe(name, at));
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
                pending.push(child);
            }
        }
        return Optional.empty();
    }

    private static boolean safe(Element element) {
        String tag = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
        if (tag.equalsIgnoreCase("script") || tag.equalsIgnoreCase("foreignObject")) {
            return false;
        }
        if (tag.equalsIgnoreCase("style") && EXTERNAL_CSS.matcher(element.getTextContent()).find()) {
            return false;
        }
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String attr = (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
                    .toLowerCase(Locale.ROOT);
            String value = attribute.getValue().strip();
            if (attr.startsWith("on")
                    || (attr.equals("href") || attr.equals("src")) && !value.startsWith("#")
                            && !value.toLowerCase(Locale.ROOT).startsWith("data:image/")
                    || EXTERNAL_CSS.matcher(value).find()) {
                return false;
            }
        }
        return true;
    }

    private static Diagnostic tooLarge(String name, SourcePos at) {
        return Diagnostic.error("stemma-too-large", at, name, Integer.toString(MAX_BYTES / 1024),
                Integer.toString(MAX_PIXELS_A_SIDE));
    }

    private static Diagnostic wrongType(String name, String type, SourcePos at) {
        return Diagnostic.error("stemma-wrong-type", at, name, type);
    }

    private static Diagnostic unsafe(String name, SourcePos at) {
        return Diagnostic.error("stemma-svg-unsafe", at, name);
    }
}
