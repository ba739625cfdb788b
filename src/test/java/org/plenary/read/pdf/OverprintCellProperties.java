package org.plenary.read.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** A position's grid cell is its quotient by the cell's size rounded down, exactly as Math.floor rounds it. */
class OverprintCellProperties {
    private static int byFloor(float position) {
        return (int) Math.floor(position / 4f);
    }

    @Property(tries = 5000)
    void isTheQuotientRoundedDown(@ForAll float position) {
        assertThat(OverprintFilter.cell(position)).isEqualTo(byFloor(position));
    }

    @Example
    void edgesRoundAsFloorRoundsThem() {
        float[] edges = {0f, -0f, 4f, -4f, 3.9999998f, -3.9999998f, -0.001f, 1e-45f, -1e-45f, 8.589935e9f,
                -8.589935e9f, -8.589936e9f, Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY,
                Float.NEGATIVE_INFINITY, Float.NaN};
        for (float position : edges) {
            assertThat(OverprintFilter.cell(position)).as("cell of %s", position).isEqualTo(byFloor(position));
        }
    }
}
