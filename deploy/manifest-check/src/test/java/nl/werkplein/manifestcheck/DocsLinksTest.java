package nl.werkplein.manifestcheck;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every relative link in the repository's Markdown (README.md, docs/, each module's README) points
 * at a file that exists: docs/domain.md and docs/architecture.md name the class of each rule, and a
 * class that moved must not leave a dead link behind.
 */
class DocsLinksTest {

    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    static List<Path> markdown(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        String rel = root.relativize(p).toString();
                        return !rel.contains("/target/") && !rel.startsWith(".") && !rel.contains("node_modules");
                    })
                    .forEach(files::add);
        }
        return files;
    }

    static List<String> deadLinks(Path file) throws IOException {
        List<String> dead = new ArrayList<>();
        Matcher m = LINK.matcher(Files.readString(file));
        while (m.find()) {
            String target = m.group(1);
            if (target.matches("^[a-z][a-z0-9+.-]*:.*") || target.startsWith("#")) {
                continue; // a URL, mailto: or an anchor in the same page
            }
            String path = target.replaceAll("#.*$", "");
            if (!path.isEmpty() && !Files.exists(file.getParent().resolve(path).normalize())) {
                dead.add(target);
            }
        }
        return dead;
    }

    @Test
    void everyRelativeLinkInTheMarkdownExists() throws IOException {
        Path root = Repository.root();
        List<Path> files = markdown(root);
        assertTrue(files.size() > 10 && files.contains(root.resolve("docs/domain.md")), "the Markdown was found: " + files.size());
        List<String> dead = new ArrayList<>();
        for (Path file : files) {
            for (String link : deadLinks(file)) {
                dead.add(root.relativize(file) + " -> " + link);
            }
        }
        assertEquals(List.of(), dead);
    }

    @Test
    void aDeadLinkIsFound(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bestaat.md"), "x");
        Path page = dir.resolve("pagina.md");
        Files.writeString(page, "[a](bestaat.md#kop) [b](weg/Klasse.java) [c](https://example.nl/x) [d](#kop)");
        assertEquals(List.of("weg/Klasse.java"), deadLinks(page));
    }
}
