package org.plenary.akn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The eIds given so far in one document, and the next free copy of each: a number printed twice
 * ("3." and "3.", "(b)" and "(b)") gets "para_3" then "para_3-2". Each name remembers its next
 * copy number, so a document that repeats one number thousands of times stays linear.
 */
final class UniqueEids {
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> nextCopy = new HashMap<>();

    /** {@code eId} if it is free, else its first free copy; either is taken. */
    String take(String eId) {
        if (used.add(eId)) {
            return eId;
        }
        int copy = nextCopy.getOrDefault(eId, 2);
        String candidate = eId + "-" + copy;
        while (!used.add(candidate)) {
            candidate = eId + "-" + ++copy;
        }
        nextCopy.put(eId, copy + 1);
        return candidate;
    }
}
