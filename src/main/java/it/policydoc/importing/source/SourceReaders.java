package it.policydoc.importing.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * Chooses the reader for a file by its extension, after checking that the file is not empty,
 * not too big for a regulation, and really of the format its extension says.
 */
public final class SourceReaders {

    /** No regulation's file comes near this; beyond it the file is something else. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private SourceReaders() {
    }

    /** The extensions that can be imported, for the messages. */
    public static final String FORMATS = ".docx, .odt, .pdf, .html, .htm, .txt, .md";

    public static SourceDocument read(Path file) throws UnreadableSource {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        long size;
        try {
            if (!Files.isRegularFile(file)) {
                throw new UnreadableSource("import.not-found", file.toString());
            }
            size = Files.size(file);
        } catch (IOException e) {
            throw new UnreadableSource("import.read-failed", String.valueOf(e.getMessage()));
        }
        if (size == 0) {
            throw new UnreadableSource("import.empty");
        }
        if (size > MAX_BYTES) {
            throw new UnreadableSource("import.too-large", Long.toString(MAX_BYTES / (1024 * 1024)));
        }
        byte[] head = head(file);
        return switch (extension) {
            case "docx" -> {
                expect(head, ZIP, OLE2, "Word (.docx)");
                yield new DocxReader().read(file);
            }
            case "odt" -> {
                expect(head, ZIP, OLE2, "LibreOffice (.odt)");
                yield new OdtReader().read(file);
            }
            case "pdf" -> {
                if (!startsWith(head, PDF)) {
                    throw new UnreadableSource("import.wrong-format", "PDF");
                }
                yield new PdfReader().read(file);
            }
            case "html", "htm" -> {
                binaryIsWrong(head, "HTML");
                yield new HtmlReader().read(file);
            }
            case "txt" -> {
                binaryIsWrong(head, "testo (.txt)");
                yield new PlainTextReader(false).read(file);
            }
            case "md" -> {
                binaryIsWrong(head, "Markdown (.md)");
                yield new PlainTextReader(true).read(file);
            }
            default -> throw new UnreadableSource("import.unknown-extension", extension.isEmpty() ? name : "." + extension,
                    FORMATS);
        };
    }

    private static void expect(byte[] head, byte[] zip, byte[] ole2, String format) throws UnreadableSource {
        if (startsWith(head, ole2)) {
            throw new UnreadableSource("import.protected-or-old", format);
        }
        if (!startsWith(head, zip)) {
            throw new UnreadableSource("import.wrong-format", format);
        }
    }

    private static void binaryIsWrong(byte[] head, String format) throws UnreadableSource {
        if (startsWith(head, ZIP) || startsWith(head, OLE2) || startsWith(head, PDF)) {
            throw new UnreadableSource("import.wrong-format", format);
        }
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    private static byte[] head(Path file) throws UnreadableSource {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UnreadableSource("import.read-failed", String.valueOf(e.getMessage()));
        }
    }
}
