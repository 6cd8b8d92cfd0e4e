package it.policydoc.site;

import it.policydoc.diag.Diagnostic;
import it.policydoc.model.SourcePos;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a written site back and checks that every local link resolves: each {@code href} and
 * {@code src} of a page, and each {@code url(…)} of a stylesheet, names a file of the site, and
 * each {@code #fragment} an element id in that file. Links to other sites are not followed.
 */
public final class SiteLinkChecker {

    private static final Set<String> LINKING_ATTRIBUTES = Set.of("href", "src");
    /** A scheme ("https:", "mailto:", "data:") or a network path ("//host/…"). */
    private static final Pattern EXTERNAL = Pattern.compile("\\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|//)");
    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");

    /**
     * @param site the folder written
     * @param shownAs how to name that folder in diagnostics (the user's {@code --out})
     */
    public List<Diagnostic> check(Path site, Path shownAs) throws IOException {
        try (Stream<Path> walk = Files.walk(site)) {
            return check(site, shownAs, walk.filter(Files::isRegularFile).sorted().map(f -> site.relativize(f).toString())
                    .toList());
        }
    }

    /**
     * Checks the links of some files of the site only, on the threads of {@code tasks}, a
     * top-level folder (a comune) at a time: its pages link mostly to one another, so each
     * page that a link's fragment points into is read once per folder.
     *
     * @param files paths relative to {@code site}
     */
    public List<Diagnostic> check(Path site, Path shownAs, List<String> files, Tasks tasks) {
        Map<String, List<String>> byFolder = new TreeMap<>();
        for (String file : files) {
            int slash = file.indexOf('/');
            byFolder.computeIfAbsent(slash < 0 ? "" : file.substring(0, slash), f -> new ArrayList<>()).add(file);
        }
        return tasks.runAll(byFolder.values().stream()
                .<Callable<List<Diagnostic>>>map(folder -> () -> check(site, shownAs, folder)).toList())
                .stream().flatMap(List::stream).toList();
    }

    /**
     * Checks the links of some files of the site only (those a build has just written; the
     * others were checked when they were written).
     *
     * @param files paths relative to {@code site}
     */
    public List<Diagnostic> check(Path site, Path shownAs, List<String> files) throws IOException {
        Map<Path, Set<String>> idsByPage = new HashMap<>();
        List<Diagnostic> broken = new ArrayList<>();
        for (Path file : files.stream().map(site::resolve).toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                Document page = parse(file);
                // Its own anchors, and links to it from the pages after it, need its ids: not parsed twice.
                idsByPage.put(file.normalize(), ids(page));
                for (Element element : page.getAllElements()) {
                    for (String attribute : LINKING_ATTRIBUTES) {
                        if (element.hasAttr(attribute)) {
                            var start = element.sourceRange().start();
                            SourcePos at = new SourcePos(shownAs.resolve(site.relativize(file)), start.lineNumber(),
                                    start.columnNumber());
                            checkLink(site, file, element.attr(attribute), at, idsByPage, broken);
                        }
                    }
                }
            } else if (name.endsWith(".css")) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher url = CSS_URL.matcher(lines.get(i));
                    while (url.find()) {
                        SourcePos at = new SourcePos(shownAs.resolve(site.relativize(file)), i + 1, url.start() + 1);
                        checkLink(site, file, url.group(1), at, idsByPage, broken);
                    }
                }
            }
        }
        return broken;
    }

    private static void checkLink(Path site, Path from, String link, SourcePos at, Map<Path, Set<String>> idsByPage,
            List<Diagnostic> broken) throws IOException {
        // Links to other sites are not followed, nor parsed: java.net.URI refuses addresses that
        // browsers and the schema accept ("https://…/a|b", "…/{id}").
        if (EXTERNAL.matcher(link).lookingAt()) {
            return;
        }
        URI uri;
        try {
            uri = new URI(link.strip());
        } catch (URISyntaxException e) {
            broken.add(Diagnostic.error("site-link-broken", at, link));
            return;
        }
        Path target = from;
        String path = uri.getRawPath();
        if (path != null && !path.isEmpty()) {
            target = from.getParent().resolve(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
            if (!target.startsWith(site) || !Files.exists(target)) {
                broken.add(Diagnostic.error("site-link-broken", at, link));
                return;
            }
            if (Files.isDirectory(target)) {
                target = target.resolve(SitePaths.INDEX);
            }
        }
        String fragment = uri.getFragment();
        if (fragment != null && !fragment.isEmpty() && target.getFileName().toString().endsWith(".html")) {
            Set<String> ids = idsByPage.get(target.normalize());
            if (ids == null) {
                ids = ids(parse(target));
                idsByPage.put(target.normalize(), ids);
            }
            if (!ids.contains(fragment)) {
                broken.add(Diagnostic.error("site-anchor-broken", at, link));
            }
        }
    }

    private static Set<String> ids(Document page) {
        return page.getAllElements().stream().map(Element::id).filter(id -> !id.isEmpty())
                .collect(Collectors.toSet());
    }

    private static Document parse(Path file) throws IOException {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(Files.readString(file, StandardCharsets.UTF_8), "", parser);
    }
}
