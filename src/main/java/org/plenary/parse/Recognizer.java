package org.plenary.parse;

import org.plenary.layout.Block;

/**
 * Recognises one structure of a resolution (a cover field, the formula, a recital, an operative
 * paragraph, a point, an annex …). Offered a block, it claims it, filling the resolution, or
 * declines and leaves it to the next recogniser of the zone. A recogniser that moves the parse
 * to another zone without claiming the block has it offered to that zone's recognisers.
 */
@FunctionalInterface
public interface Recognizer {
    boolean claim(Block block, ParseState state);
}
