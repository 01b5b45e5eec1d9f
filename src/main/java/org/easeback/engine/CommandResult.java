package org.easeback.engine;

/**
 * The outcome of a session command: accepted, or refused with a sentence saying why. Commands never throw.
 *
 * @param accepted true if the command took effect
 * @param reason   empty when accepted; otherwise a user-facing sentence
 */
public record CommandResult(boolean accepted, String reason) {

    private static final CommandResult OK = new CommandResult(true, "");

    public CommandResult {
        reason = reason == null ? "" : reason;
    }

    public static CommandResult ok() {
        return OK;
    }

    public static CommandResult refused(String reason) {
        return new CommandResult(false, reason);
    }

    public boolean refused() {
        return !accepted;
    }
}
