package it.policydoc.site;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.policydoc.render.view.IndexEntry;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build published, kept in the site folder so that the next build renders only what
 * changed: the fingerprint of the tool; the content hash of every input file with what it was
 * taken at (size, times, identity), so that the next build reads only the files that changed;
 * and for each comune the fingerprint of its inputs, its home page entry, its files, the
 * fingerprint of what each expensive output was made from, and the handbook conversions it used.
 * A manifest that cannot be read means "render everything".
 *
 * <p>The file holds one JSON object a line, in sections: a header, the input files, what each
 * comune needs to be carried over as it is, then each comune's details. A build with nothing to
 * do reads the first three ({@link #summary}), and stops before the details, the bulk of the file.
 */
public record BuildManifest(String tool, Inputs inputs, Map<String, Comune> comuni) {

    /** The file in the site folder; not part of the published site. */
    public static final String FILE = ".policydoc-build.json";

    private static final String FORMAT = "policydoc-build 2";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One comune as published: the inputs it was made from, its home page entry, its files, the
     * fingerprints of its expensive outputs (by path) and the names of its handbook conversions.
     */
    public record Comune(String inputs, IndexEntry entry, List<String> files, Map<String, String> outputs,
            List<String> skeletons) {

        public Comune {
            files = List.copyOf(files);
            outputs = outputs == null ? Map.of() : Map.copyOf(new TreeMap<>(outputs));
            skeletons = skeletons == null ? List.of() : List.copyOf(new TreeSet<>(skeletons));
        }
    }

    /**
     * An input file's content hash and what it was taken at: size, modification and change
     * times in nanoseconds, and the file's identity (device and inode, or the system's key).
     */
    public record InputFile(long size, long modified, long changed, String key, String sha256) {
    }

    /** The input files a build looked at, by a locale-independent name, and when it started looking. */
    public record Inputs(Instant started, Map<String, InputFile> files) {

        public Inputs {
            files = Map.copyOf(files);
        }
    }

    /** What a build needs to carry a comune over as it is: its inputs' fingerprint, how many policies, its files. */
    public record Kept(String inputs, int policies, List<String> files) {

        public Kept {
            files = List.copyOf(files);
        }
    }

    /** The sections a build with nothing to do reads. */
    public record Summary(String tool, Inputs inputs, Map<String, Kept> comuni) {

        public Summary {
            comuni = Map.copyOf(comuni);
        }
    }

    public BuildManifest {
        comuni = Map.copyOf(new TreeMap<>(comuni));
    }

    /** The header, the input files and what carrying each comune over needs: not the details. */
    public static Optional<Summary> summary(Path site) {
        return parse(site, false).map(Parsed::summary);
    }

    /** The whole manifest. */
    public static Optional<BuildManifest> read(Path site) {
        return details(site).flatMap(Details::manifest);
    }

    /** The summary, and where each comune's details are: read one comune at a time ({@link Details#of}). */
    public static Optional<Details> details(Path site) {
        return parse(site, true).map(p -> new Details(site.resolve(FILE), p.summary(), p.details()));
    }

    private record Parsed(Summary summary, Map<String, long[]> details) {
    }

    /**
     * The details of the last build's comuni, each read from the manifest when a build comes to
     * it: what stays in memory is where each comune's line is, not what it says.
     */
    public static final class Details {

        private final Path file;
        private final Summary summary;
        /** By slug: where the comune's details line starts in the file, and how long it is; never changed. */
        private final Map<String, long[]> lines;

        private Details(Path file, Summary summary, Map<String, long[]> lines) {
            this.file = file;
            this.summary = summary;
            this.lines = lines;
        }

        public String tool() {
            return summary.tool();
        }

        /** Whether the manifest has what carrying the comune over needs, details included. */
        public boolean has(String slug) {
            return summary.comuni().containsKey(slug) && lines.containsKey(slug);
        }

        /** What the last build published of a comune; none if the manifest lacks it or cannot be read now. */
        public Optional<Comune> of(String slug) {
            Kept kept = summary.comuni().get(slug);
            long[] at = lines.get(slug);
            if (kept == null || at == null) {
                return Optional.empty();
            }
            try (FileChannel channel = FileChannel.open(file)) {
                ByteBuffer line = ByteBuffer.allocate((int) at[1]);
                while (line.hasRemaining()) {
                    if (channel.read(line, at[0] + line.position()) < 0) {
                        return Optional.empty();
                    }
                }
                JsonNode detail = JSON.readTree(line.array());
                if (!slug.equals(text(detail.get("details")))) {
                    return Optional.empty();
                }
                return Optional.of(new Comune(kept.inputs(), entry(detail.get("entry")), kept.files(),
                        strings(detail.get("outputs")), list(detail.get("skeletons"))));
            } catch (IOException | RuntimeException e) {
                // Changed or damaged since it was indexed: the comune is rendered again.
                return Optional.empty();
            }
        }

        /** The whole manifest; none if a comune's details cannot be read. */
        private Optional<BuildManifest> manifest() {
            Map<String, Comune> comuni = new HashMap<>();
            for (String slug : summary.comuni().keySet()) {
                if (lines.containsKey(slug)) {
                    Optional<Comune> comune = of(slug);
                    if (comune.isEmpty()) {
                        return Optional.empty();
                    }
                    comuni.put(slug, comune.get());
                }
            }
            return Optional.of(new BuildManifest(summary.tool(), summary.inputs(), comuni));
        }
    }

    private static Optional<Parsed> parse(Path site, boolean withDetails) {
        Path file = site.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        // One parser for the whole file, reading the summary's flat objects field by field: a tree
        // per line would cost more than the rest of a build with nothing to do.
        try (JsonParser in = JSON.getFactory().createParser(file.toFile())) {
            Map<String, Object> header = fields(in);
            if (header == null || !FORMAT.equals(header.get("format"))) {
                return Optional.empty();
            }
            Map<String, InputFile> files = new HashMap<>();
            Map<String, Kept> comuni = new HashMap<>();
            Map<String, long[]> details = new HashMap<>();
            for (Map<String, Object> line = fields(in); line != null; line = fields(in)) {
                if (line.containsKey("file")) {
                    files.put(text(line, "file"), new InputFile(number(line, "size"), number(line, "modified"),
                            number(line, "changed"), text(line, "key"), text(line, "sha256")));
                } else if (line.containsKey("comune")) {
                    comuni.put(text(line, "comune"), new Kept(text(line, "inputs"), (int) number(line, "policies"),
                            list(line.get("files"))));
                } else if (!withDetails) {
                    break;
                } else {
                    details.put(text(line, "details"), (long[]) line.get("at"));
                }
            }
            Instant started = Instant.parse(text(header, "started"));
            return Optional.of(new Parsed(new Summary(text(header, "tool"), new Inputs(started, files), comuni),
                    details));
        } catch (IOException | RuntimeException e) {
            // Damaged, cut short or from another version: the next build simply renders everything again.
            return Optional.empty();
        }
    }

    /**
     * The next line's object: texts, numbers and lists of texts by name; of a details line, whose
     * first field is "details", only the comune's slug under that name and where the line is in
     * the file (under "at": offset and length), the rest skipped. Null at the end of the file.
     */
    private static Map<String, Object> fields(JsonParser in) throws IOException {
        JsonToken start = in.nextToken();
        if (start == null) {
            return null;
        }
        if (start != JsonToken.START_OBJECT) {
            throw new IOException("not an object");
        }
        long offset = in.currentTokenLocation().getByteOffset();
        Map<String, Object> fields = new HashMap<>();
        for (String name = in.nextFieldName(); name != null; name = in.nextFieldName()) {
            if (name.equals("details")) {
                fields.put(name, in.nextTextValue());
                for (JsonToken token = in.nextToken(); token != JsonToken.END_OBJECT; token = in.nextToken()) {
                    if (token == null) {
                        throw new IOException("cut short");
                    }
                    in.skipChildren();
                }
                long end = in.currentLocation().getByteOffset();
                if (offset < 0 || end <= offset) {
                    throw new IOException("no position in the file");
                }
                fields.put("at", new long[] {offset, end - offset});
                return fields;
            }
            JsonToken value = in.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                fields.put(name, in.getText());
            } else if (value == JsonToken.VALUE_NUMBER_INT) {
                fields.put(name, in.getLongValue());
            } else if (value == JsonToken.START_ARRAY) {
                List<String> values = new ArrayList<>();
                for (String item = in.nextTextValue(); item != null; item = in.nextTextValue()) {
                    values.add(item);
                }
                if (in.currentToken() != JsonToken.END_ARRAY) {
                    throw new IOException("not a list of texts");
                }
                fields.put(name, values);
            } else {
                throw new IOException("unexpected " + value);
            }
        }
        return fields;
    }

    /**
     * Writes a manifest while a build goes, so that no comune's entry stays in memory until the
     * end: each comune's lines go to a hidden file in the site as the comune is done, and
     * {@link #finish} puts them in order, by slug, into the manifest. The home page entries and
     * the files of the comuni are read back from that file when the build needs them again.
     * What stays in memory is where each comune's lines are: a few numbers per comune. Used by the
     * threads that publish the comuni.
     */
    public static final class Writer implements Closeable {

        private static final String SPILL = ".policydoc-build.part";

        private final Path site;
        private final FileChannel spill;
        private final List<String> slugs;
        /** Where each comune's two lines are in the spill file, by its place in the build: -1 if none yet. */
        private final long[] offsets;
        private final int[] keptLengths;
        private final int[] detailLengths;
        /** Where the input files' lines are in the spill file, and when the build started looking at them. */
        private long inputsOffset = -1;
        private int inputsLength;
        private Instant started;

        /** @param slugs the comuni of the build, in its order: a comune is named by its place in this list */
        public Writer(Path site, List<String> slugs) throws IOException {
            this.site = site;
            this.slugs = List.copyOf(slugs);
            this.offsets = new long[slugs.size()];
            this.keptLengths = new int[slugs.size()];
            this.detailLengths = new int[slugs.size()];
            Arrays.fill(offsets, -1);
            this.spill = FileChannel.open(site.resolve(SPILL), StandardOpenOption.CREATE,
                    StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ, StandardOpenOption.WRITE);
        }

        /** Records the comune at {@code position} in the build's order. */
        public void add(int position, Comune c) throws IOException {
            String slug = slugs.get(position);
            ObjectNode kept = JSON.createObjectNode().put("comune", slug).put("inputs", c.inputs())
                    .put("policies", c.entry().policies().size());
            ArrayNode files = kept.putArray("files");
            c.files().forEach(files::add);
            ObjectNode detail = JSON.createObjectNode().put("details", slug);
            detail.set("entry", JSON.valueToTree(c.entry()));
            ObjectNode outputs = detail.putObject("outputs");
            new TreeMap<>(c.outputs()).forEach(outputs::put);
            ArrayNode skeletons = detail.putArray("skeletons");
            c.skeletons().forEach(skeletons::add);
            byte[] first = line(kept);
            byte[] second = line(detail);
            synchronized (this) {
                long offset = spill.size();
                spill.write(ByteBuffer.wrap(first), offset);
                spill.write(ByteBuffer.wrap(second), offset + first.length);
                offsets[position] = offset;
                keptLengths[position] = first.length;
                detailLengths[position] = second.length;
            }
        }

        /**
         * Records the input files the build looked at, so that the build need not hold them until
         * {@link #finish}: they are all known once every comune is planned.
         */
        public synchronized void inputs(Inputs inputs) throws IOException {
            ByteArrayOutputStream lines = new ByteArrayOutputStream();
            for (Map.Entry<String, InputFile> e : new TreeMap<>(inputs.files()).entrySet()) {
                InputFile f = e.getValue();
                lines.write(line(JSON.createObjectNode().put("file", e.getKey()).put("size", f.size())
                        .put("modified", f.modified()).put("changed", f.changed()).put("key", f.key())
                        .put("sha256", f.sha256())));
            }
            long offset = spill.size();
            spill.write(ByteBuffer.wrap(lines.toByteArray()), offset);
            inputsOffset = offset;
            inputsLength = lines.size();
            started = inputs.started();
        }

        /** The home page entries of the comuni recorded, in the build's order. */
        public synchronized List<IndexEntry> entries() throws IOException {
            List<IndexEntry> entries = new ArrayList<>();
            for (int position = 0; position < offsets.length; position++) {
                if (offsets[position] >= 0) {
                    byte[] detail = read(offsets[position] + keptLengths[position], detailLengths[position]);
                    entries.add(entry(JSON.readTree(detail).get("entry")));
                }
            }
            return entries;
        }

        /** The files of the comune recorded at {@code position}, relative to the site. */
        public synchronized List<String> files(int position) throws IOException {
            if (offsets[position] < 0) {
                throw new IllegalStateException("comune not recorded: " + slugs.get(position));
            }
            return list(JSON.readTree(read(offsets[position], keptLengths[position])).get("files"));
        }

        /**
         * Writes the manifest: the header and the input files ({@link #inputs}, which must come
         * first), then every comune's lines, by slug.
         */
        public synchronized void finish(String tool) throws IOException {
            if (inputsOffset < 0) {
                throw new IllegalStateException("the input files were not recorded");
            }
            List<Integer> bySlug = new ArrayList<>();
            for (int position = 0; position < offsets.length; position++) {
                if (offsets[position] >= 0) {
                    bySlug.add(position);
                }
            }
            bySlug.sort(Comparator.comparing(slugs::get));
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(site.resolve(FILE)))) {
                out.write(line(JSON.createObjectNode().put("format", FORMAT).put("tool", tool)
                        .put("started", started.toString())));
                out.write(read(inputsOffset, inputsLength));
                for (int position : bySlug) {
                    out.write(read(offsets[position], keptLengths[position]));
                }
                for (int position : bySlug) {
                    out.write(read(offsets[position] + keptLengths[position], detailLengths[position]));
                }
            }
        }

        private byte[] read(long offset, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (spill.read(buffer, offset + buffer.position()) < 0) {
                    throw new IOException("the manifest's part file was cut short");
                }
            }
            return buffer.array();
        }

        /** Removes the part file: it is never published. */
        @Override
        public void close() throws IOException {
            spill.close();
            Files.deleteIfExists(site.resolve(SPILL));
        }
    }

    private static byte[] line(JsonNode node) throws IOException {
        return (JSON.writeValueAsString(node) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static IndexEntry entry(JsonNode node) {
        try {
            return JSON.treeToValue(node, IndexEntry.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static String text(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof String text)) {
            throw new IllegalArgumentException("not a text: " + name);
        }
        return text;
    }

    private static long number(Map<String, Object> fields, String name) {
        if (!(fields.get(name) instanceof Long number)) {
            throw new IllegalArgumentException("not a number: " + name);
        }
        return number;
    }

    @SuppressWarnings("unchecked")
    private static List<String> list(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new IllegalArgumentException("not a list");
        }
        return (List<String>) list;
    }

    private static String text(JsonNode node) {
        if (node == null || !node.isTextual()) {
            throw new IllegalArgumentException("not a text");
        }
        return node.textValue();
    }

    private static List<String> list(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("not a list");
        }
        node.forEach(n -> values.add(text(n)));
        return values;
    }

    private static Map<String, String> strings(JsonNode node) {
        Map<String, String> values = new TreeMap<>();
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        node.fields().forEachRemaining(e -> values.put(e.getKey(), text(e.getValue())));
        return values;
    }
}
