package it.policydoc.text.refs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A table of phrasings under {@code src/test/resources/refs/}: each row is a text and what must
 * be found in it, as tab-separated cells; "-" alone means nothing. Lines starting with "#" are
 * comments.
 */
final class Corpus {

    /** One phrasing and the cells that describe what it contains. */
    record Row(int line, String text, List<String> expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + text;
        }
    }

    private Corpus() {
    }

    static List<Row> read(String resource) {
        InputStream in = Corpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                List<String> expected = Arrays.asList(cells).subList(1, cells.length);
                if (expected.isEmpty()) {
                    throw new IllegalStateException(resource + ":" + number + ": no expectation; write - for none");
                }
                rows.add(new Row(number, cells[0], expected.equals(List.of("-")) ? List.of() : List.copyOf(expected)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
