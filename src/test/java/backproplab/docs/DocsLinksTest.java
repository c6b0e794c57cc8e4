package backproplab.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link and image in README.md, CONTRIBUTING.md, CHANGELOG.md and docs/ leads somewhere: the file exists,
 * and an anchor names a heading of the page it points into (as GitHub makes them). Links to the web are not followed.
 */
class DocsLinksTest {
    /** A Markdown link or image: [text](target) or ![text](target), the target without spaces. */
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("CONTRIBUTING.md"), Path.of("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void everyRelativeLinkAndImageResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) continue; // https:, mailto:: the web, not the checkout
                checked++;
                String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
                String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
                Path into = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(into)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (anchor != null && into.toString().endsWith(".md") && !anchors(into).contains(anchor)) {
                    broken.add(page + ": " + target + " (no such heading in " + into.getFileName() + ")");
                }
            }
        }
        assertTrue(checked >= 15, "links looked at: " + checked);
        assertEquals(List.of(), broken);
    }

    @Test
    void anchorsAreMadeAsGitHubMakesThem() {
        assertEquals("exit-codes-standard-output-and-limits", anchor("Exit codes, standard output and limits"));
        assertEquals("walkthrough-the-stepping-view-as-a-handout", anchor("`walkthrough`: the stepping view as a handout"));
        assertEquals("the-word-data-assets", anchor("The word data (`assets/`)"));
    }

    /** The anchors of {@code page}'s headings. */
    private static List<String> anchors(Path page) throws IOException {
        List<String> out = new ArrayList<>();
        boolean code = false;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (line.startsWith("```")) code = !code;
            Matcher m = HEADING.matcher(line);
            if (!code && m.matches()) out.add(anchor(m.group(1)));
        }
        return out;
    }

    /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
