package it.policydoc.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Validates documents against the OASIS Akoma Ntoso 3.0 schema shipped in the resources, offline
 * (the schema imports {@code xml.xsd} from beside it).
 */
public final class AknValidator {

    private static final Schema SCHEMA = load();

    private AknValidator() {
    }

    private static Schema load() {
        try {
            URL xsd = AknValidator.class.getResource("/schema/akn/akomantoso30.xsd");
            SchemaFactory factory = SchemaFactory.newDefaultInstance();
            // Nothing may be fetched from the network: the import of xml.xsd is a local file.
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file,jar:file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newSchema(xsd);
        } catch (SAXException e) {
            throw new IllegalStateException("the Akoma Ntoso schema does not load", e);
        }
    }

    /** Every schema error of the document, "line:col: message"; empty when it is valid. */
    public static List<String> errors(byte[] document) {
        List<String> errors = new ArrayList<>();
        Validator validator = SCHEMA.newValidator();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        });
        try {
            validator.validate(new StreamSource(new ByteArrayInputStream(document)));
        } catch (SAXException e) {
            errors.add("fatal: " + e.getMessage());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return errors;
    }
}
