package org.plenary.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.plenary.publish.CollectionEntry.Failed;
import org.plenary.publish.CollectionEntry.Published;

/**
 * The collection of one output folder, in memory: every published document and failed file by
 * name, which names carry each symbol, and which documents cite it. Each entry applied costs the
 * same however large the collection is; only {@link #catalog()} walks it all.
 */
final class CollectionState {
    private final TreeMap<String, Published> published = new TreeMap<>();
    private final TreeMap<String, Failed> failed = new TreeMap<>();
    /** Sorted, so the page a symbol links to is the first of its names whatever the order of arrival. */
    private final Map<String, TreeSet<String>> namesBySymbol = new HashMap<>();
    private final Map<String, Set<String>> citersBySymbol = new HashMap<>();

    /**
     * What one entry changed: the symbols now linked to another page (or to none), whose citing
     * pages need their links set again; and the published documents whose catalog entry changed
     * (the document itself, those sharing its symbol before or after, those citing a moved symbol).
     */
    record Change(Set<String> moved, Set<String> touched) {
    }

    /**
     * Adds or replaces one entry. A failure leaves a published document of the same name in place,
     * as its outputs stay in the folder.
     */
    Change apply(CollectionEntry entry) {
        if (entry instanceof Failed f) {
            failed.put(f.name(), f);
            return new Change(Set.of(), Set.of());
        }
        Published p = (Published) entry;
        Published old = published.put(p.name(), p);
        failed.remove(p.name());
        Map<String, String> before = new HashMap<>();
        for (String symbol : java.util.Arrays.asList(old == null ? null : old.symbol(), p.symbol())) {
            if (symbol != null) {
                before.put(symbol, pageOf(symbol));
            }
        }
        if (old != null) {
            old.cites().forEach(symbol -> forget(citersBySymbol, symbol, p.name()));
            if (old.symbol() != null) {
                TreeSet<String> names = namesBySymbol.get(old.symbol());
                names.remove(p.name());
                if (names.isEmpty()) {
                    namesBySymbol.remove(old.symbol());
                }
            }
        }
        p.cites().forEach(symbol -> citersBySymbol.computeIfAbsent(symbol, s -> new LinkedHashSet<>()).add(p.name()));
        if (p.symbol() != null) {
            namesBySymbol.computeIfAbsent(p.symbol(), s -> new TreeSet<>()).add(p.name());
        }
        Set<String> moved = new LinkedHashSet<>();
        Set<String> touched = new LinkedHashSet<>();
        touched.add(p.name());
        before.forEach((symbol, page) -> {
            touched.addAll(namesBySymbol.getOrDefault(symbol, new TreeSet<>()));
            if (!java.util.Objects.equals(page, pageOf(symbol))) {
                moved.add(symbol);
                touched.addAll(citersBySymbol.getOrDefault(symbol, Set.of()));
            }
        });
        return new Change(moved, touched);
    }

    private static void forget(Map<String, Set<String>> map, String key, String name) {
        Set<String> names = map.get(key);
        if (names != null) {
            names.remove(name);
            if (names.isEmpty()) {
                map.remove(key);
            }
        }
    }

    /** The name whose page a citation of the symbol links to, or null: the symbol is not in the collection. */
    String pageOf(String symbol) {
        TreeSet<String> names = namesBySymbol.get(symbol);
        return names == null ? null : names.first();
    }

    /** The published documents that cite the symbol. */
    Set<String> citersOf(String symbol) {
        return Collections.unmodifiableSet(citersBySymbol.getOrDefault(symbol, Set.of()));
    }

    Published published(String name) {
        return published.get(name);
    }

    /** Every entry, published documents first: what a journal rewritten from scratch holds. */
    List<CollectionEntry> entries() {
        List<CollectionEntry> all = new ArrayList<>(published.values());
        all.addAll(failed.values());
        return all;
    }

    /** The names the entries stand for: published documents, then failed files. */
    Set<String> publishedNames() {
        return Collections.unmodifiableSet(published.keySet());
    }

    Set<String> failedNames() {
        return Collections.unmodifiableSet(failed.keySet());
    }

    /** How many published documents carry a symbol that another name carries too. */
    int duplicates() {
        return namesBySymbol.values().stream().mapToInt(names -> names.size() > 1 ? names.size() : 0).sum();
    }

    /** The published documents in the order of the index: latest adoption first, then by symbol, then by name. */
    List<String> indexOrder() {
        List<Published> order = new ArrayList<>(published.values());
        order.sort(java.util.Comparator.comparing((Published p) -> text(p, "adoptionDate")).reversed()
                .thenComparing(p -> text(p, "symbol")));
        return order.stream().map(Published::name).toList();
    }

    private static String text(Published p, String field) {
        com.fasterxml.jackson.databind.JsonNode value = p.fields().get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    /**
     * A published document's entry in catalog.json: its fields, its outputs, the documents of the
     * collection it cites, and the other names that carry its symbol.
     */
    ObjectNode catalogEntry(String name) {
        Published p = published.get(name);
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("name", name);
        entry.setAll(p.fields());
        ObjectNode links = entry.putObject("links");
        links.put("html", "html/" + name + ".html");
        links.put("json", "json/" + name + ".json");
        links.put("akn", "akn/" + name + ".xml");
        links.put("txt", "txt/" + name + ".txt");
        if (p.hasReport()) {
            links.put("report", "reports/" + name + ".txt");
        }
        ArrayNode cites = entry.putArray("cites");
        Set<String> targets = new LinkedHashSet<>();
        for (String symbol : p.cites()) {
            String target = pageOf(symbol);
            if (target != null && !target.equals(name)) {
                targets.add(target);
            }
        }
        targets.forEach(cites::add);
        ArrayNode same = entry.putArray("sameSymbolAs");
        if (p.symbol() != null) {
            namesBySymbol.get(p.symbol()).stream().filter(n -> !n.equals(name)).forEach(same::add);
        }
        return entry;
    }

    /** A failed file's entry in catalog.json. */
    ObjectNode failedEntry(String name) {
        Failed f = failed.get(name);
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("name", f.name());
        entry.put("error", f.error());
        entry.put("report", "errors/" + f.name() + ".txt");
        return entry;
    }
}
