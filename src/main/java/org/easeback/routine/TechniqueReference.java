package org.easeback.routine;

/**
 * A step's {@code technique} value as written in the file, and where: what a rule needs to point at the id itself.
 *
 * @param id       the catalog id the step names
 * @param position the line and column of the value
 */
public record TechniqueReference(String id, SourcePosition position) {
}
