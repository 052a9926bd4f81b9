package pe.colca.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The API's texts: the default, {@code _es} and {@code _en} bundles have the same keys and no empty value. */
class BundleKeysTest {

    private static final Path BUNDLES = Path.of("src/main/resources/pe/colca/api");
    /** Keys allowed in one bundle only, or empty on purpose: none today. */
    private static final Set<String> EXCEPTIONS = Set.of();

    @Test
    @DisplayName("default, _es and _en have the same keys, none empty")
    void sameKeysNoneEmpty() throws IOException {
        Set<String> base = keys("messages.properties");
        assertEquals(base, keys("messages_es.properties"), "keys of _es against the default");
        assertEquals(base, keys("messages_en.properties"), "keys of _en against the default");
    }

    /** The keys of a bundle file but the exceptions; fails on an empty value. */
    private static Set<String> keys(String file) throws IOException {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            texts.load(in);
        }
        Set<String> keys = new TreeSet<>(texts.stringPropertyNames());
        keys.removeAll(EXCEPTIONS);
        assertEquals(Set.of(), keys.stream().filter(k -> texts.getProperty(k).isBlank())
                .collect(Collectors.toSet()), "empty values in " + file);
        return keys;
    }
}
