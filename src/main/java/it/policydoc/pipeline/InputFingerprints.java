package it.policydoc.pipeline;

import it.policydoc.load.InputFiles;
import it.policydoc.load.PolicySources;
import it.policydoc.site.BuildManifest;
import it.policydoc.util.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Content hashes that tell whether a comune's outputs would come out the same as last time:
 * the tool itself (its code, templates and assets) and a templates folder read before its own, every file in the comune's folder (YAML,
 * stemma, handbook chapters, template overrides), the shared folders beside the comuni (base
 * policies) and which policies were chosen. Reading bytes is far cheaper than parsing, so an
 * unchanged site is recognised without loading anything; and a file whose size, times and
 * identity are as the last build recorded is not even read ({@link FileHashes}).
 */
final class InputFingerprints {

    private final FileHashes files;
    private final String tool;
    private final String templates;
    private final Map<Path, String> sharedByPoliciesFolder = new ConcurrentHashMap<>();

    /**
     * @param templatesFolder templates read before the packaged ones, if any: they can change every output
     * @param files the content hashes, with those the last build recorded
     */
    InputFingerprints(Optional<Path> templatesFolder, FileHashes files) {
        this.files = files;
        this.tool = toolFingerprint();
        this.templates = templatesFolder.map(this::templates).orElse("");
    }

    private String templates(Path folder) {
        MessageDigest digest = Sha256.digest();
        Path root = folder.toAbsolutePath().normalize();
        hashTree(digest, root, root);
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The content hashes of every file looked at, for the next build;
     * handed over once, when every comune is planned.
     */
    BuildManifest.Inputs takeRecorded() {
        return files.takeRecorded();
    }

    String tool() {
        return tool;
    }

    String of(PolicySources.ComuneFolder comune) {
        MessageDigest digest = Sha256.digest();
        update(digest, tool);
        update(digest, templates);
        Path folder = comune.folder().toAbsolutePath().normalize();
        Path policiesFolder = comune.root();
        update(digest, sharedByPoliciesFolder.computeIfAbsent(policiesFolder, this::shared));
        hashTree(digest, folder, policiesFolder);
        comune.policyFiles().forEach(file -> update(digest, name(file.getFileName())));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Base policies and other shared material: folders whose name starts with "_". */
    private String shared(Path policiesFolder) {
        MessageDigest digest = Sha256.digest();
        try (Stream<Path> children = Files.list(policiesFolder)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && child.getFileName().toString().startsWith("_")) {
                    hashTree(digest, child, policiesFolder);
                }
            }
        } catch (IOException e) {
            // The loader reports a folder it cannot list; here it only makes the comuni count as changed.
            update(digest, "unlistable");
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The code policydoc runs from: its jar, or its classes folder when run from the build. */
    private String toolFingerprint() {
        try {
            Path code = Path.of(InputFingerprints.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(code)) {
                MessageDigest digest = Sha256.digest();
                hashTree(digest, code, code);
                return HexFormat.of().formatHex(digest.digest());
            }
            return files.sha256(code, code.toUri().getRawPath())
                    .orElseThrow(() -> new UncheckedIOException(new IOException("cannot read " + code)));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate policydoc's own code", e);
        }
    }

    /**
     * Every file under {@code tree}, by its path relative to it and its content. Only what
     * {@link InputFiles} lets the loader read is read: a link that leads outside {@code root}, a
     * FIFO, a file or folder without permission counts by its name and kind alone (the loader
     * refuses it with a diagnostic), so hashing never hangs, fails or reads outside. The tree is
     * {@code root} or a folder in it; entered as a folder, it is no link, and a plain file met on
     * the walk, which follows no link either, lies inside {@code root}: only the links met need
     * resolving.
     *
     * <p>Names are taken in their URI form, which keeps a name's bytes (percent-encoded) whatever
     * the locale: decoded with a non-UTF-8 {@code LANG}, a name such as "attività.adoc" would
     * turn into question marks and every comune would look changed after a locale change.
     */
    private void hashTree(MessageDigest digest, Path tree, Path root) {
        Map<Path, BasicFileAttributes> paths = new TreeMap<>();
        try {
            Files.walkFileTree(tree, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    paths.put(file, attributes);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    paths.put(file, null);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            paths.put(tree, null);
        }
        URI treeUri = tree.toUri();
        // A tree met as a file is a link or no folder at all: each of its paths is resolved on its own.
        boolean walked = !paths.containsKey(tree) && (tree.equals(root) || root.equals(tree.getParent()));
        for (Map.Entry<Path, BasicFileAttributes> entry : paths.entrySet()) {
            Path path = entry.getKey();
            String name = relativeName(treeUri, tree, path);
            update(digest, name);
            BasicFileAttributes attributes = entry.getValue();
            boolean plainFile = walked && attributes != null && attributes.isRegularFile();
            InputFiles.Status status = plainFile ? new InputFiles.Status(InputFiles.Kind.FILE, Optional.of(path), "")
                    : InputFiles.status(path, root);
            update(digest, status.kind().name());
            if (status.kind() == InputFiles.Kind.FILE) {
                Path real = status.real().orElseThrow();
                update(digest, files.sha256(real, plainFile ? treeUri.getRawPath() + name : real.toUri().getRawPath())
                        .orElse("unreadable"));
            }
        }
    }

    /**
     * The URI form of a path below {@code tree}, relative to it. Names of letters, digits and
     * {@code -._/} are their own URI form; others take the long way (a stat, and URI parsing).
     */
    private static String relativeName(URI treeUri, Path tree, Path path) {
        String relative = tree.relativize(path).toString();
        for (int i = 0; i < relative.length(); i++) {
            char c = relative.charAt(i);
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
                    || c == '.' || c == '_' || c == '/';
            if (!plain) {
                return treeUri.relativize(path.toUri()).getRawPath();
            }
        }
        return relative;
    }

    private static String name(Path fileName) {
        String uri = fileName.toAbsolutePath().toUri().getRawPath();
        return uri.substring(uri.lastIndexOf('/', uri.length() - 2) + 1);
    }

    private static void update(MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }
}
