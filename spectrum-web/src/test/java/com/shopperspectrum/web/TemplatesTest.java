package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The precompiled templates escape every value; no Java file of the module writes markup itself. */
class TemplatesTest {
    private final Templates templates = new Templates();

    @Test
    void textAndAttributesOfAPartAreEscaped() {
        String html = templates.render(
                "productName.jte", Map.of("code", "X\"<1>'", "description", TestModels.XSS, "link", true));
        assertThat(html)
                .startsWith("<a href=\"/products/X%22%3C1%3E%27\"><code>X&quot;&lt;1&gt;&#39;</code></a> ")
                .contains("<span class=\"desc\">&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt; MUG "
                        + "&quot;QUOTED&quot; &amp; &lt;b&gt;BOLD&lt;/b&gt;</span>")
                .doesNotContain("<script>")
                .doesNotContain("<b>");
    }

    @Test
    void anInputValueCannotLeaveItsAttribute() {
        String html = templates.render("searchForm.jte", Map.of("query", "\"><script>alert(1)</script>"));
        assertThat(html)
                .contains("value=\"&#34;>&lt;script>alert(1)&lt;/script>\"")
                .doesNotContain("<script>");
    }

    @Test
    void chartDataCannotCloseItsScriptElement() {
        String json = Format.scriptJson(Map.of("title", "</script><script>alert(1)</script> & <!--"));
        assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    }

    @Test
    void noJavaFileUnderMainBuildsHtmlMarkup() throws IOException {
        // a string literal holding a tag (<p>, </td>, <a href=…>) is markup built in Java; templates do that
        Pattern literal = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
        Pattern tag = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(\\s[^<>]*)?/?>");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = literal.matcher(lines.get(i));
                    while (m.find()) {
                        if (tag.matcher(m.group()).find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
