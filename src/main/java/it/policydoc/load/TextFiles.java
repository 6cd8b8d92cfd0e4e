package it.policydoc.load;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a text file the clerk wrote: bounded in size, UTF-8 only (a file saved in another
 * encoding would turn accented letters into garbage), without the byte order mark Windows
 * editors may put first, and within {@link TextLimits}.
 */
final class TextFiles {

    /** A file's text, or why it could not be read. */
    record Read(Optional<String> text, Optional<Diagnostic> problem) {

        static Read failed(Diagnostic problem) {
            return new Read(Optional.empty(), Optional.of(problem));
        }
    }

    private TextFiles() {
    }

    static Read read(Path file, int maxBytes) {
        SourcePos start = SourcePos.start(file);
        try {
            if (Files.size(file) > maxBytes) {
                return Read.failed(Diagnostic.error("file-too-large", start, Integer.toString(maxBytes / 1024)));
            }
            String text = decode(Files.readAllBytes(file));
            Optional<Diagnostic> problem = TextLimits.firstProblem(file, text);
            return problem.isPresent() ? Read.failed(problem.get()) : new Read(Optional.of(text), Optional.empty());
        } catch (CharacterCodingException e) {
            return Read.failed(Diagnostic.error("invalid-encoding", start));
        } catch (IOException e) {
            return Read.failed(Diagnostic.error("read-failed", start, String.valueOf(e.getMessage())));
        }
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
