package org.easeback.ui.presession;

/** One screening question, answered yes or no; "no" is the default. */
public record ScreeningQuestion(String id, String text) {
}
