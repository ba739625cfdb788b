package org.plenary.render;

/** The three published renderings of one document. */
public record Renditions(String html, String json, String text) {
}
