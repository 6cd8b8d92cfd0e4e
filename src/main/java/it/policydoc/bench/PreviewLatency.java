package it.policydoc.bench;

import it.policydoc.serve.LivePreview;
import it.policydoc.serve.PreviewSite;
import it.policydoc.util.Folders;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What a clerk waits for in the live preview: from saving a policy to the rebuilt page (page,
 * deliberation PDF and handbook of its comune) being served, once warm. Edits the title of the
 * first policy of a copy of the first bundled comune again and again, each time waiting for
 * the preview's build and fetching the page. The first edits are not measured: the preview's
 * JIT compiles the hot code of a rebuild over the first twenty or so, as it does in the first
 * minute of a clerk's session.
 *
 * @param edits the time of each edit, sorted
 */
public record PreviewLatency(List<Duration> edits) {

    private static final int WARM_UP_EDITS = 20;
    private static final long WAIT_SECONDS = 120;

    public PreviewLatency {
        edits = edits.stream().sorted().toList();
    }

    public Duration percentile(double fraction) {
        int rank = (int) Math.ceil(fraction * edits.size());
        return edits.get(Math.max(0, Math.min(edits.size() - 1, rank - 1)));
    }

    /** Runs {@code count} measured edits after a few unmeasured ones. */
    public static PreviewLatency measure(Path bundledPolicies, int count) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("policydoc-bench-anteprima-");
        BlockingQueue<PreviewSite.Result> builds = new ArrayBlockingQueue<>(64);
        try {
            Path policies = work.resolve("policies");
            Path comune = firstComune(bundledPolicies);
            Folders.copy(comune, policies.resolve(comune.getFileName().toString()));
            Path policy = firstPolicy(policies.resolve(comune.getFileName().toString()));
            String page = comune.getFileName() + "/" + slug(policy) + "/";
            try (LivePreview preview = LivePreview.start(List.of(policies), Optional.empty(), 0, false, Locale.ITALIAN,
                    new LivePreview.Reporter() {
                        @Override
                        public void built(PreviewSite.Result result) {
                            builds.offer(result);
                        }

                        @Override
                        public void buildFailed(IOException e) {
                            builds.offer(new PreviewSite.Result(-1, List.of(), 0, 0));
                        }
                    })) {
                builds.clear();
                String original = Files.readString(policy, StandardCharsets.UTF_8);
                List<Duration> times = new ArrayList<>();
                for (int i = 0; i < WARM_UP_EDITS + count; i++) {
                    String edited = retitled(original, i);
                    long start = System.nanoTime();
                    Files.writeString(policy, edited, StandardCharsets.UTF_8);
                    PreviewSite.Result result = builds.poll(WAIT_SECONDS, TimeUnit.SECONDS);
                    if (result == null || result.generation() < 0) {
                        throw new IOException("the preview did not rebuild after an edit");
                    }
                    fetch(URI.create(preview.address() + page));
                    if (i >= WARM_UP_EDITS) {
                        times.add(Duration.ofNanos(System.nanoTime() - start));
                    }
                }
                return new PreviewLatency(times);
            }
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /**
     * The policy with a word added to its title, which page, PDF and handbook all print: a
     * clerk's small edit. The title line is a plain or a double-quoted scalar in policy files.
     */
    static String retitled(String yaml, int edit) {
        StringBuilder out = new StringBuilder();
        boolean done = false;
        for (String line : yaml.split("\n", -1)) {
            if (!done && line.startsWith("titolo: ")) {
                String value = line.substring("titolo: ".length()).stripTrailing();
                boolean quoted = value.length() > 1 && value.startsWith("\"") && value.endsWith("\"");
                line = "titolo: " + (quoted ? value.substring(0, value.length() - 1) + " (prova " + edit + ")\""
                        : value + " (prova " + edit + ")");
                done = true;
            }
            out.append(line).append('\n');
        }
        return out.substring(0, out.length() - 1);
    }

    private static void fetch(URI page) throws IOException {
        try (InputStream in = page.toURL().openStream()) {
            in.readAllBytes();
        }
    }

    private static Path firstComune(Path policies) throws IOException {
        try (Stream<Path> children = Files.list(policies)) {
            return children.filter(p -> Files.isRegularFile(p.resolve("comune.yaml"))).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no comune in " + policies));
        }
    }

    private static Path firstPolicy(Path comune) throws IOException {
        try (Stream<Path> children = Files.list(comune)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".yaml")
                    && !p.getFileName().toString().equals("comune.yaml")).sorted().findFirst()
                    .orElseThrow(() -> new IOException("no policy in " + comune));
        }
    }

    private static String slug(Path policy) {
        String name = policy.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

}
