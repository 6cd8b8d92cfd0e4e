package it.policydoc.site;

import it.policydoc.pdf.PdfAttachment;
import it.policydoc.pdf.PrintDocument;
import it.policydoc.util.Sha256;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The fingerprint of what an expensive output is made from: two outputs with the same
 * fingerprint, made by the same policydoc, have the same bytes. Every part is written with its
 * kind and length, so that no two different inputs give the same sequence of bytes to hash.
 */
final class OutputFingerprint {

    private final MessageDigest digest;

    private OutputFingerprint(String kind) {
        digest = Sha256.digest();
        text(kind);
    }

    /** A PDF: its XHTML, its date and every attached file with its name, type, description and relationship. */
    static String of(PrintDocument document) {
        OutputFingerprint f = new OutputFingerprint("pdf");
        f.text(document.xhtml());
        f.text(document.date().toString());
        f.text(Integer.toString(document.attachments().size()));
        for (PdfAttachment a : document.attachments()) {
            f.text(a.fileName());
            f.bytes(a.content());
            f.text(a.mimeType());
            f.text(a.description());
            f.text(a.relationship());
        }
        return f.hex();
    }

    /**
     * A document laid out as a tree of records (lists, optionals, texts, numbers, booleans,
     * enums, dates): every component, by name and value. Any other kind of value is refused: it
     * could hide content that its string form does not show.
     */
    static String ofRecord(String kind, Record tree) {
        OutputFingerprint f = new OutputFingerprint(kind);
        f.value(tree);
        return f.hex();
    }

    private void value(Object value) {
        if (value == null) {
            text("null");
        } else if (value instanceof String s) {
            text("s");
            text(s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof LocalDate || value instanceof Enum<?>) {
            text(value.getClass().getName());
            text(value.toString());
        } else if (value instanceof Optional<?> o) {
            text(o.isPresent() ? "some" : "none");
            o.ifPresent(this::value);
        } else if (value instanceof List<?> list) {
            text("list");
            text(Integer.toString(list.size()));
            list.forEach(this::value);
        } else if (value instanceof Record r) {
            text(r.getClass().getName());
            for (RecordComponent c : r.getClass().getRecordComponents()) {
                text(c.getName());
                value(component(r, c));
            }
        } else {
            throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName());
        }
    }

    private static Object component(Record r, RecordComponent c) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + r.getClass().getName(), e);
        }
    }

    private void text(String text) {
        bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private void bytes(byte[] bytes) {
        digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
