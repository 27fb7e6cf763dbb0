package org.leadline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command's JSON contract, on the shared worked examples (posts.txt). */
class ExtractCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    record Post(String text, List<String> expected) {
    }

    static List<Post> posts() throws IOException {
        try (InputStream in = ExtractCommandTest.class.getResourceAsStream("/fixtures/posts.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            List<Post> posts = new ArrayList<>();
            for (String block : all.split("(?m)^-----$")) {
                if (!block.contains("expect:")) {
                    continue;
                }
                String text = block.substring(0, block.indexOf("expect:")).strip();
                List<String> expected = block.substring(block.indexOf("expect:") + "expect:".length()).strip().lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList();
                posts.add(new Post(text, expected));
            }
            return posts;
        }
    }

    @Test
    void everyFixturePostGivesExactlyItsSelectorsInOrder() throws IOException {
        CliRun cli = new CliRun(folder.resolve("unused"), "unused passphrase");
        List<Post> posts = posts();
        assertThat(posts).hasSize(3);
        for (Post post : posts) {
            Path file = folder.resolve("post.txt");
            Files.writeString(file, post.text());
            CliRun.Result result = cli.run("extract", "--region", "FR", "--json", "--file", file.toString());
            assertThat(result.code()).as(result.err()).isZero();
            List<String> found = new ArrayList<>();
            for (JsonNode selector : JSON.readTree(result.out())) {
                found.add(selector.get("kind").asText() + " " + selector.get("canonical").asText());
                int start = selector.get("start").asInt();
                int end = selector.get("end").asInt();
                assertThat(post.text().substring(start, end)).isEqualTo(selector.get("raw").asText());
            }
            assertThat(found).as(post.text()).containsExactlyElementsOf(post.expected());
        }
    }

    @Test
    void phonesCarryRegionValidityAndLineTypeAndHandlesTheirPlatform() throws IOException {
        CliRun cli = new CliRun(folder.resolve("unused"), "unused passphrase");
        CliRun.Result result = cli.run("extract", "--json", "WhatsApp +44 7700 900123 or @ahmed_trips on Telegram");
        JsonNode selectors = JSON.readTree(result.out());
        JsonNode phone = selectors.get(0);
        assertThat(phone.get("canonical").asText()).isEqualTo("+447700900123");
        assertThat(phone.get("region").asText()).isEqualTo("GB");
        assertThat(phone.get("valid").asBoolean()).isFalse();
        assertThat(phone.has("lineType")).isTrue();
        JsonNode handle = selectors.get(1);
        assertThat(handle.get("canonical").asText()).isEqualTo("telegram:ahmed_trips");
        assertThat(handle.get("platform").asText()).isEqualTo("telegram");
    }

    @Test
    void standardInputIsReadWithADash() {
        CliRun cli = new CliRun(folder.resolve("unused"), "unused passphrase");
        cli.stdin = "Contact: docs.fast@gmail.com";
        CliRun.Result result = cli.run("extract", "-");
        assertThat(result.out().strip()).isEqualTo("email docs.fast@gmail.com");
    }

    @Test
    void aMissingFileIsOneSentenceAndExitOne() {
        CliRun cli = new CliRun(folder.resolve("unused"), "unused passphrase");
        CliRun.Result result = cli.run("extract", "--file", folder.resolve("nope.txt").toString());
        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err().strip()).endsWith("does not exist.");
    }
}
