package pe.colca.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The domain's texts (a {@code messages} bundle per area under {@code pe/colca}): in every area the default,
 * {@code _es} and {@code _en} bundles have the same keys and no empty value.
 */
class BundleKeysTest {

    private static final Path RESOURCES = Path.of("src/main/resources/pe/colca");
    /** Keys allowed in one bundle only, or empty on purpose: none today. */
    private static final Set<String> EXCEPTIONS = Set.of();

    @Test
    @DisplayName("every area's default, _es and _en have the same keys, none empty")
    void sameKeysNoneEmpty() throws IOException {
        List<Path> defaults;
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            defaults = files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
        assertTrue(defaults.size() >= 10, "the areas' bundles: " + defaults);
        for (Path file : defaults) {
            Set<String> base = keys(file);
            assertEquals(base, keys(file.resolveSibling("messages_es.properties")), "keys of _es against " + file);
            assertEquals(base, keys(file.resolveSibling("messages_en.properties")), "keys of _en against " + file);
        }
    }

    /** The keys of a bundle file but the exceptions; fails on an empty value. */
    private static Set<String> keys(Path file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeAll(EXCEPTIONS);
        assertEquals(Set.of(), keys.stream().filter(k -> texts.getProperty(k).isBlank())
                .collect(Collectors.toSet()), "empty values in " + file);
        return keys;
    }
}
