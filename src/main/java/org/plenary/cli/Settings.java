package org.plenary.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A setting of application.properties as the watcher sees it, for what must be known before Camel
 * starts (logging, the HTTP port): from --set KEY=VALUE, else a Java system property, else the
 * environment variable named after the key (PLENARY_LOG_LEVEL for plenary.log.level), else
 * application.properties. An empty value counts as unset.
 */
final class Settings {
    private static final Properties SHIPPED = load();

    private Settings() {
    }

    static Optional<String> lookup(String key, Map<String, String> overrides) {
        String value = overrides.get(key);
        if (value == null) {
            value = System.getProperty(key);
        }
        if (value == null) {
            value = System.getenv(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null) {
            value = SHIPPED.getProperty(key);
        }
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
